"""The site as a project: discovery (the one walker), layout, config, generators (Jekyll, Hugo,
Plain), the post index entries, checks, URLs, images, trash.
"""
