"""The error of options that cannot work, shared by the options modules."""


class OptionsError(ValueError):
    """Options that cannot work; the message says which and why."""
