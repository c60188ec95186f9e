"""The action server registers exactly the custom actions the domain declares."""

from rasa_sdk.executor import ActionExecutor


def test_every_domain_action_is_registered_and_nothing_else(domain):
    executor = ActionExecutor()
    executor.register_package("actions")
    assert set(executor.actions) == set(domain["actions"])
