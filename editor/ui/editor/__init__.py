"""One post's editor: the text pane, its highlighter, editing commands, find bar, change
banners, image drop, focus mode.
"""
