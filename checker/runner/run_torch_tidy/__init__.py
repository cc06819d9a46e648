"""run-torch-tidy: torch-tidy over a whole project, in parallel, with a shared
precompiled header, a result cache, change selection and sharding."""
