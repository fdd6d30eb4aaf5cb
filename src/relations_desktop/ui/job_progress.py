"""The progress of a job on the library (an import, a removal, an update): a dialog of one size
from start to end, wide enough for its title, that names the document being read on one line;
its Cancel says at once that the job is stopping and the dialog stays until it has stopped.
Meanwhile the window it belongs to takes no input, as under a modal dialog, except a request to
close it: a modal dialog makes Qt drop that request, so the window's close button did nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_percent

MIN_WIDTH = 420         # pixels
TITLE_BAR = 150         # pixels a window manager's title bar takes beside the title (icon, buttons)

# What a window under a running job does not take: the input a modal dialog keeps from it.
BLOCKED = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu, QEvent.Type.InputMethod, QEvent.Type.Enter,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.TabletRelease, QEvent.Type.DragEnter, QEvent.Type.DragMove,
    QEvent.Type.Drop, QEvent.Type.NativeGesture})
TO_THE_DIALOG = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress})


class _InputBlock(QObject):
    """Keeps ``BLOCKED`` input from a window (its QWindow, where the window system delivers it,
    shortcuts included) while ``dialog`` stands for it; a click or a key there brings the dialog
    forward. A close request passes."""

    def __init__(self, window: QWidget, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.target = window.windowHandle()

    def hold(self) -> None:
        if self.target is not None:
            self.target.installEventFilter(self)

    def release(self) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in BLOCKED:
            return False
        if kind in TO_THE_DIALOG:
            self.dialog.raise_()
            self.dialog.activateWindow()
        event.accept()          # a ShortcutOverride accepted: the key is taken, no shortcut fires
        return True


class JobProgress(QDialog):
    """A job's progress and its Cancel (also Escape and the dialog's close button). ``messages``
    are the texts the label may show besides the one-line ``set_naming`` ones: the label is as
    high as the longest of them needs. ``finish()`` closes it once the job has ended."""

    canceled = Signal()

    def __init__(self, parent: QWidget, title: str, messages: Iterable[str]) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self.setWindowTitle(title)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)     # it names the files read
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)         # busy until the job says how far it is
        self.bar.setAccessibleName(title)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.cancelling = False
        self.finished_job = False
        self._block = _InputBlock(parent.window(), self)
        self._fix_size(title, [*messages, self.cancelling_text()])

    @staticmethod
    def cancelling_text() -> str:
        return _("Cancelling… nothing will be changed.")

    def _fix_size(self, title: str, messages: list[str]) -> None:
        """Wide enough for the title as a window manager shows it (with the app's name) and the
        label high enough for the longest message: the dialog keeps this size to the end."""
        bold = QFont(self.font())
        bold.setBold(True)
        shown = f"{title} — {QGuiApplication.applicationDisplayName()}"
        width = max(MIN_WIDTH, QFontMetrics(bold).horizontalAdvance(shown) + TITLE_BAR)
        screen = self.screen().availableGeometry().width() if self.screen() is not None else width
        width = min(width, screen * 9 // 10)
        margins = self.layout().contentsMargins()
        text_width = width - margins.left() - margins.right()
        heights = []
        for text in messages:
            self.label.setText(text)
            heights.append(self.label.heightForWidth(text_width))
        self.label.setText(messages[0] if messages else "")
        self.label.setFixedSize(text_width, max(heights))
        self.layout().setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)

    # ----- what the job says
    def labelText(self) -> str:     # (as QProgressDialog names it)
        return self.label.text()

    def setLabelText(self, text: str) -> None:
        if not self.cancelling:
            self.label.setText(text)

    def set_naming(self, text: Callable[[str], str], name: str) -> None:
        """Show ``text(name)`` on one line, the name shortened in its middle as far as needed."""
        metrics = self.label.fontMetrics()
        room = self.label.width() - metrics.horizontalAdvance(text("")) - metrics.averageCharWidth()
        room = max(room, 8 * metrics.averageCharWidth())
        self.setLabelText(text(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)))

    def set_progress(self, done: int, total: int) -> None:
        if not self.cancelling:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)
            self.bar.setFormat(format_percent(done / max(total, 1)))     # in the interface's digits

    # ----- showing, cancelling, closing
    def start(self) -> None:
        self._block.hold()
        self.show()
        self.activateWindow()

    def cancel(self) -> None:
        """Ask the job to stop (``canceled``) and say so until it has (``finish``)."""
        if self.cancelling or self.finished_job:
            return
        self.cancelling = True
        self.label.setText(self.cancelling_text())
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 0)         # busy: the workers finish what they hold first
        self.canceled.emit()

    def reject(self) -> None:
        """Escape and the close button cancel the job; the dialog stays until it has stopped."""
        if self.finished_job:
            super().reject()
        else:
            self.cancel()

    def finish(self) -> None:
        """The job has ended: give the window its input back and close."""
        self.finished_job = True
        self._block.release()
        self.done(QDialog.DialogCode.Rejected)
