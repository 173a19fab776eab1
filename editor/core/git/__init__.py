"""Git output parsed and explained: status, log, errors in plain words."""
