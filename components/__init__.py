"""Custom Rasa graph components used by ``config.yml``.

Importing this package (the Rasa server does when it loads the model) also installs the hot-path
fixes of :mod:`rasa_plugins.speedups`.
"""

from rasa_plugins import speedups

speedups.install()
