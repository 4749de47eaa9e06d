"""`python -m regio.cli`, as the tests and the benchmarks run it."""

from regio.cli import main

if __name__ == "__main__":
    main()
