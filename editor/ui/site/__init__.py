"""The site in the window: posts panel, its model and search, site actions, Find in Site,
problems, recent sites.
"""
