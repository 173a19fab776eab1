"""Git in the window: changes view, commit, sync, history, word diffs."""
