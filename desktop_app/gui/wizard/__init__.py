"""The training wizard: one module a page, sharing one WizardState."""
