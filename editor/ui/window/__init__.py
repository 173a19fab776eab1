"""The main window and the helpers composed into it through the WindowHost protocol: menus,
guard, session, status, theme.
"""
