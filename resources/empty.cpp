// Keeps the resources library non-empty before any resource exists.
