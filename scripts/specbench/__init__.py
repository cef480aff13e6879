"""specbench tooling: bundle, validate and generate clients for the hand-written specs."""
