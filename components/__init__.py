"""Custom Rasa graph components used by ``config.yml``.

Importing this package (the Rasa server does when it loads the model) also installs the hot-path
fixes of :mod:`scaling.speedups`.
"""

from scaling import speedups

speedups.install()
