"""Hostile repositories, races and clicks: each module holds one theme."""
