"""What went wrong when Kiji ran ``git``, in kinds a writer can act on.

:func:`classify` reads git's own English message (Kiji runs git with ``LC_ALL=C``) and
names the kind; each kind has a plain-words message template, marked for the catalogue
(context ``GitError``) and translated by the UI, that says what to do next.
"""

from __future__ import annotations

from editor.core.site.site_errors import QT_TRANSLATE_NOOP

NO_GIT = "no-git"
NOT_REPO = "not-repo"
NO_IDENTITY = "no-identity"
OFFLINE = "offline"
AUTH = "auth"
NON_FAST_FORWARD = "non-fast-forward"
CONFLICT = "conflict"
LOCAL_CHANGES = "local-changes"
NO_REMOTE = "no-remote"
NO_UPSTREAM = "no-upstream"
NOTHING_TO_COMMIT = "nothing-to-commit"
CANCELLED = "cancelled"
OTHER = "other"

TEMPLATES: dict[str, str] = {
    NO_GIT: QT_TRANSLATE_NOOP(
        "GitError",
        "Git is not installed (no git command was found on PATH), so the Git features "
        "are hidden. Install Git and restart Kiji to use them.",
    ),
    NOT_REPO: QT_TRANSLATE_NOOP(
        "GitError",
        "This site folder is not a Git repository, so the Git features are hidden. "
        "Run git init in it (or clone the site) to use them.",
    ),
    NO_IDENTITY: QT_TRANSLATE_NOOP(
        "GitError",
        "Git does not know who you are yet, so nothing was committed. Set your name and "
        'e-mail once in a terminal:\n\ngit config --global user.name "Your Name"\n'
        "git config --global user.email you@example.com",
    ),
    OFFLINE: QT_TRANSLATE_NOOP(
        "GitError",
        "The remote repository could not be reached (offline, or its address is wrong). "
        "Your commits are safe here; try again when you are back online.",
    ),
    AUTH: QT_TRANSLATE_NOOP(
        "GitError",
        "The remote repository refused the login. Check your SSH key or saved "
        "credentials (Kiji uses the same as git in a terminal) and try again.",
    ),
    NON_FAST_FORWARD: QT_TRANSLATE_NOOP(
        "GitError",
        "The remote has commits you do not have yet, and your own commits differ from "
        "them. Nothing was changed. Pull with Merge to combine both histories, then push.",
    ),
    CONFLICT: QT_TRANSLATE_NOOP(
        "GitError",
        "Some files were changed both here and on the remote, and Git could not combine "
        "them. They are opened with both versions marked (<<<<<<< … >>>>>>>): keep the "
        "text you want, save, and commit to finish the merge.",
    ),
    LOCAL_CHANGES: QT_TRANSLATE_NOOP(
        "GitError",
        "The pull would overwrite changes you have not committed yet, so nothing was "
        "changed. Commit (or discard) your changes first, then pull again.",
    ),
    NO_REMOTE: QT_TRANSLATE_NOOP(
        "GitError",
        "This repository has no remote to sync with. Add one in a terminal with "
        "git remote add origin ADDRESS.",
    ),
    NO_UPSTREAM: QT_TRANSLATE_NOOP(
        "GitError",
        "This branch does not follow a branch on the remote yet. Push it once to "
        "publish it; pulling then works.",
    ),
    NOTHING_TO_COMMIT: QT_TRANSLATE_NOOP(
        "GitError", "There is nothing to commit: the chosen files have no changes."
    ),
    CANCELLED: QT_TRANSLATE_NOOP("GitError", "Cancelled. Nothing was changed here."),
    OTHER: QT_TRANSLATE_NOOP("GitError", "Git could not do this:"),
}

# (kind, phrases) in the order they are tried: the first kind with a phrase in git's
# message wins (an SSH login failure also says "Could not read from remote repository").
_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (NOT_REPO, ("not a git repository",)),
    (NO_IDENTITY, ("please tell me who you are", "empty ident", "unable to auto-detect email")),
    (CONFLICT, ("conflict (", "automatic merge failed", "could not apply")),
    (
        LOCAL_CHANGES,
        ("would be overwritten by merge", "would be overwritten by checkout", "your local changes"),
    ),
    (
        NON_FAST_FORWARD,
        (
            "not possible to fast-forward",
            "non-fast-forward",
            "fetch first",
            "updates were rejected",
            "diverging branches",
            "have diverged",
        ),
    ),
    (
        AUTH,
        (
            "authentication failed",
            "permission denied",
            "could not read username",
            "could not read password",
            "terminal prompts disabled",
            "invalid username or password",
            "the requested url returned error: 403",
            "the requested url returned error: 401",
        ),
    ),
    (
        OFFLINE,
        (
            "could not resolve host",
            "unable to access",
            "connection refused",
            "connection timed out",
            "network is unreachable",
            "does not appear to be a git repository",
            "could not read from remote repository",
            "failed to connect",
        ),
    ),
    (NO_UPSTREAM, ("no tracking information", "has no upstream branch", "no upstream")),
    (NO_REMOTE, ("no configured push destination", "no such remote")),
    (NOTHING_TO_COMMIT, ("nothing to commit", "nothing added to commit", "no changes added")),
)


def classify(message: str) -> str:
    """The kind of failure git's (English) ``message`` describes; :data:`OTHER` if unknown."""
    folded = message.casefold()
    for kind, phrases in _PHRASES:
        if any(phrase in folded for phrase in phrases):
            return kind
    return OTHER


class GitError(Exception):
    """A git command failed; ``kind`` says how (one of this module's constants).

    ``detail`` is git's own message (shown under the plain words for :data:`OTHER`);
    ``paths`` names the files concerned (the conflicted ones, for :data:`CONFLICT`).
    """

    def __init__(self, kind: str, detail: str = "", paths: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self.detail = detail.strip()
        self.paths = paths
        super().__init__(self.english())

    @property
    def template(self) -> str:
        """The English template of this kind's message (translate it in context GitError)."""
        return TEMPLATES.get(self.kind, TEMPLATES[OTHER])

    def english(self) -> str:
        """The message in English (the UI translates :attr:`template` instead)."""
        if self.kind == OTHER and self.detail:
            return f"{self.template}\n\n{self.detail}"
        return self.template
