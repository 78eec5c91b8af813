"""``python -m analyzer``: the same as the ``chat-balance`` command."""

from analyzer.cli import main

if __name__ == "__main__":  # a spawned worker process imports this module without running it
    main()
