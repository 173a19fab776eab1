"""Never lose a word: wires the journal, the file watcher and the banners to a window.

The main window creates one ``DocumentGuard(self)``; the guard follows the window's
``editorOpened`` / ``editorClosed`` signals, so the window class needs to know nothing
about journals or watchers beyond routing a :class:`SaveConflict` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from editor.core.post.journal import Journal, JournalEntry, JournalError
from editor.core.post.post import Post, PostError
from editor.core.post.storage import StorageError, read_text_file
from editor.core.render.placeholders import to_pane_text
from editor.services.document import DocumentSession, SaveConflict
from editor.services.file_watcher import FileWatcher
from editor.services.journal import JournalService
from editor.ui.dialogs.diff_view import DiffDialog
from editor.ui.dialogs.recovery_dialog import RecoveryDialog
from editor.ui.editor.change_banner import BannerKind, ChangeBanner
from editor.ui.editor.post_editor import PostEditor
from editor.ui.editor.text_edits import replace_changed_part

if TYPE_CHECKING:
    from editor.ui.window.window_host import WindowHost


class DocumentGuard(QObject):
    """Keeps every open post safe: journaled, watched, and never silently overwritten."""

    def __init__(self, window: WindowHost, journal: Journal) -> None:
        super().__init__(window.frame())
        self.setObjectName("documentGuard")
        self._window = window
        self.journal = journal
        try:
            self.journal.start_session()
        except JournalError as error:
            message = error.message  # the window shows it once it is up
            QTimer.singleShot(0, lambda: self._status(message))
        self.journal_service = JournalService(self.journal, parent=self)
        self.journal_service.failed.connect(self._status)
        self.watcher = FileWatcher(parent=self)
        self.watcher.changedOnDisk.connect(self._on_changed_on_disk)
        self.watcher.deletedOnDisk.connect(self._on_deleted_on_disk)
        self.watcher.restoredOnDisk.connect(self._on_restored_on_disk)
        self._banners: dict[PostEditor, ChangeBanner] = {}
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.autosave_now)
        # The "Autosave every" preference (0 = off, the default), live.
        self.set_autosave(window.settings.autosave_seconds or None)
        window.settings.changed.connect(self._on_setting_changed)
        window.editorOpened.connect(self._on_editor_opened)
        window.editorClosed.connect(self._on_editor_closed)
        window.frame().installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    # -- following editors ------------------------------------------------------------
    def _on_editor_opened(self, editor: PostEditor) -> None:
        session = editor.session
        self.journal_service.track(session)
        # Focus leaving the pane (into the preview, the form, another app) journals now.
        editor.text_pane.focusLeft.connect(self.journal_service.flush_all_soon)
        self.watcher.watch(session)
        session.replaced.connect(lambda e=editor: self._refresh_editor(e))
        session.missingChanged.connect(lambda missing, e=editor: self._mark_missing(e, missing))

    def _on_editor_closed(self, editor: PostEditor) -> None:
        # The window closes a tab only after Save / Discard, so the entry may go.
        self.journal_service.untrack(editor.session)
        self.watcher.unwatch(editor.session)
        self._dismiss_banner(editor)

    def _editor_for(self, session: DocumentSession) -> PostEditor | None:
        for editor in self._window.editors():
            if editor.session is session:
                return editor
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # The window hides only after its closeEvent settled every post (Save or
        # Discard); a spontaneous hide is just minimising.
        if (
            watched is self._window
            and event.type() == QEvent.Type.Hide
            and not event.spontaneous()
            and not self.journal_service.session_ending
        ):
            for session in self.journal_service.sessions():
                self.journal_service.untrack(session)
        return False

    def keep_unsaved_for_next_start(self) -> bool:
        """Journal every unsaved post now and keep it there: the session is ending.

        Closing the window afterwards no longer removes the entries; the next start
        offers them back. False when some text could not be journaled.
        """
        for editor in self._window.editors():
            editor.front_matter_form.commit_pending()  # a field still being typed in counts
        return self.journal_service.keep_all()

    def end_session(self) -> None:
        """Mark a clean exit (``main()`` calls this after the event loop ends)."""
        self._autosave.stop()
        # Whatever is still journaled (the OS ended the session) stays for the next start.
        self.journal_service.flush_all()
        self.journal.end_session(keep_entries=True)

    # -- changes on disk --------------------------------------------------------------
    def _on_changed_on_disk(self, session: DocumentSession) -> None:
        editor = self._editor_for(session)
        if editor is None:
            return
        if not session.is_dirty:
            if self.reload(editor):
                name = session.path.name if session.path else ""
                self._status(self.tr("Reloaded {0}: it was changed on disk.").format(name))
        else:
            self.show_banner(editor, BannerKind.CONFLICT)

    def _on_deleted_on_disk(self, session: DocumentSession) -> None:
        session.set_missing(True)
        editor = self._editor_for(session)
        if editor is not None:
            self.show_banner(editor, BannerKind.DELETED)

    def _on_restored_on_disk(self, session: DocumentSession) -> None:
        session.set_missing(False)
        editor = self._editor_for(session)
        banner = self._banners.get(editor) if editor else None
        if editor is not None and banner is not None and banner.kind is BannerKind.DELETED:
            self._dismiss_banner(editor)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.watcher.check_all()  # catch what happened while Kiji was in the background

    def _mark_missing(self, editor: PostEditor, missing: bool) -> None:
        warning = self.tr("{0} (deleted or moved on disk)") if missing else None
        self._window.mark_tab(editor, warning=warning)

    # -- banners ----------------------------------------------------------------------
    def banner_for(self, editor: PostEditor) -> ChangeBanner | None:
        """The banner shown above ``editor``, if any."""
        return self._banners.get(editor)

    def show_banner(self, editor: PostEditor, kind: BannerKind) -> ChangeBanner:
        """Show (or replace) the banner of ``kind`` above ``editor``."""
        self._dismiss_banner(editor)
        path = editor.session.path
        banner = ChangeBanner(kind, path.name if path else self.tr("Untitled"), editor)
        banner.reloadRequested.connect(lambda: self.reload(editor))
        banner.keepMineRequested.connect(
            lambda: self.keep_mine(editor, save=kind is BannerKind.SAVE_CONFLICT)
        )
        banner.compareRequested.connect(lambda: self.compare(editor))
        banner.saveRequested.connect(lambda: self._save(editor, as_new=False))
        banner.saveAsRequested.connect(lambda: self._save(editor, as_new=True))
        banner.closed.connect(lambda: self._forget_banner(editor, banner))
        self._banners[editor] = banner
        editor.add_banner(banner)
        banner.show()  # a layout shows a new child only later, from the event loop
        return banner

    def show_save_conflict(self, editor: PostEditor, _conflict: SaveConflict | None = None) -> None:
        """A save found the file changed on disk: let the writer decide (the window calls this)."""
        self.show_banner(editor, BannerKind.SAVE_CONFLICT)

    def _dismiss_banner(self, editor: PostEditor) -> None:
        banner = self._banners.pop(editor, None)
        if banner is not None:
            banner.dismiss()

    def _forget_banner(self, editor: PostEditor, banner: ChangeBanner) -> None:
        if self._banners.get(editor) is banner:
            del self._banners[editor]

    # -- the writer's choices ---------------------------------------------------------
    def reload(self, editor: PostEditor) -> bool:
        """Replace the editor's text with the file on disk (the writer's changes go)."""
        try:
            editor.session.reload_from_disk()
        except PostError as error:
            QMessageBox.warning(
                self._window.frame(),
                self.tr("Cannot reload"),
                self.tr("{0}\n\nYour text is still here, unsaved.").format(error.message),
            )
            return False
        self._dismiss_banner(editor)
        return True

    def keep_mine(self, editor: PostEditor, *, save: bool = False) -> None:
        """Keep the editor's text over the disk version; with ``save``, write it now."""
        editor.session.keep_mine()
        self._dismiss_banner(editor)
        if save:
            self._save(editor, as_new=False)

    def compare(self, editor: PostEditor) -> DiffDialog:
        """Show the file on disk next to the editor's text."""
        path = editor.session.path
        disk_text = ""
        if path is not None:
            try:
                disk_text = read_text_file(path).text
            except StorageError as error:
                disk_text = error.message
        dialog = DiffDialog(
            disk_text,
            editor.session.post.text(),
            self.tr("On disk"),
            self.tr("In Kiji (unsaved)"),
            self._window.frame(),
        )
        dialog.setWindowTitle(self.tr("Compare {0}").format(path.name if path else ""))
        dialog.show()
        return dialog

    def _save(self, editor: PostEditor, *, as_new: bool) -> bool:
        self._window.focus_editor(editor)
        return self._window.save_as() if as_new else self._window.save()

    def _refresh_editor(self, editor: PostEditor) -> None:
        """Show the session's new text, keeping the cursor and the scroll position.

        Only the changed middle is replaced (common start and end kept), so the lines
        above a change keep their layout and the view does not move; it is one undoable
        edit, so the writer can take a reload back with Ctrl+Z.
        """
        # The form follows frontMatterChanged itself; the pane holds the body's pane text.
        replace_changed_part(editor.text_pane, to_pane_text(editor.session.body))

    # -- recovery ---------------------------------------------------------------------
    def recovery_dialog(self) -> RecoveryDialog | None:
        """A dialog offering what crashed runs left in the journal, or ``None``."""
        entries = self.journal.orphaned_entries()
        if not entries:
            self.journal.forget_stale_sessions()
            return None
        dialog = RecoveryDialog(entries, self._window.frame())
        dialog.restoreRequested.connect(self.restore)
        dialog.discardRequested.connect(self.journal.discard)
        dialog.finished.connect(lambda _result: self.journal.forget_stale_sessions())
        return dialog

    def offer_recovery(self) -> int:
        """Ask about journaled text from earlier runs (modal); returns how many were restored."""
        dialog = self.recovery_dialog()
        if dialog is None:
            return 0
        restored: list[JournalEntry] = []
        dialog.restoreRequested.connect(restored.append)
        dialog.exec()
        dialog.deleteLater()
        return len(restored)

    def restore(self, entry: JournalEntry) -> PostEditor | None:
        """Open ``entry``'s document with the journaled text, unsaved; nothing is written."""
        editor: PostEditor | None = None
        if entry.path is not None and entry.path.is_file():
            editor = self._window.open_post(entry.path)
        if editor is None:
            # Untitled, or the file is gone or unreadable: a tab of its own, marked unsaved.
            session = DocumentSession(Post.parse(""), entry.path)
            editor = self._window.open_session(session)
            if entry.path is not None and not entry.path.exists():
                session.set_missing(True)
                self.show_banner(editor, BannerKind.DELETED)
        editor.session.set_text(entry.text)
        # The new session's copy is written before the old one goes: never a moment without.
        if self.journal_service.flush(editor.session):
            self.journal.discard(entry)
        return editor

    # -- autosave ---------------------------------------------------------------------
    def set_autosave(self, interval_seconds: int | None) -> None:
        """Save changed posts to their files every ``interval_seconds`` (``None``: off)."""
        if interval_seconds:
            self._autosave.start(max(5, int(interval_seconds)) * 1000)
        else:
            self._autosave.stop()

    def _on_setting_changed(self, name: str) -> None:
        if name == "autosave_seconds":
            self.set_autosave(self._window.settings.autosave_seconds or None)

    @property
    def autosave_interval(self) -> int | None:
        """Seconds between autosaves, or ``None`` when autosave is off (the default)."""
        return self._autosave.interval() // 1000 if self._autosave.isActive() else None

    def autosave_now(self) -> None:
        """Save every changed post that has a file and no conflict; never asks, never overwrites."""
        for editor in self._window.editors():
            session = editor.session
            if not session.is_dirty or session.path is None or session.is_missing:
                continue
            try:
                session.save()
            except SaveConflict:
                self.show_banner(editor, BannerKind.SAVE_CONFLICT)
            except (PostError, OSError) as error:
                self._status(getattr(error, "message", None) or str(error))

    # -- helpers ----------------------------------------------------------------------
    def _status(self, message: str) -> None:
        self._window.show_status(message, 10000)
