"""`specbench bench` (`make bench`): our mock against Prism, fuzzing speed and pipeline timings.

One module per job: `settings` (what and how long), `servers` (start, stop and measure the mocks),
`wrk` (load generator and its output), `load` (the throughput scenarios), `fuzz` (schemathesis
cases per second), `pipeline` (make, generate, validate wall times), `machine` (what it ran on),
`profile` (py-spy samples of our mock), `report` (bench/results.md and .json), `run` (all of it).
"""
