"""``python -m analyzer``: the same as the ``chat-balance`` command."""

from analyzer.cli import main

if __name__ == "__main__":  # a spawned worker process imports this module without running it
    # multiprocessing starts each local `batch` worker by running the main module again, but
    # skips a package's __main__ named by -m; named by its path instead it is run, and its import
    # of analyzer.cli makes the worker leave Ctrl-C to the command (as `chat-balance` does)
    __spec__ = None
    main()
