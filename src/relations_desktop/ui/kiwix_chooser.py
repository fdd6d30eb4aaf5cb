"""File ▸ Import from a Kiwix library…: choose a .zim file, look through its titles for articles
about relations between countries (in a worker thread, with progress and Cancel), show how
many each language has, and let the person choose all or some of them, by language and by
article (with a filter) before they are imported."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QThread,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _, ngettext, pgettext
from relations_desktop.i18n.formatting import format_event_date, format_number
from relations_desktop.present import labels
from relations_desktop.present.messages import document_error_message
from relations_desktop.ui.importer import ImportWorker

if TYPE_CHECKING:
    from relations_desktop.store.kiwix import Candidate, KiwixScan

LANG_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2


def choose_archive(parent: QWidget) -> Path | None:
    """A .zim file, chosen in a dialog labelled in the interface language."""
    dlg = QFileDialog(parent, _("Import from a Kiwix library"))
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
    dlg.setNameFilters([_("Kiwix libraries (*.zim)"), _("All files (*)")])
    dlg.setLabelText(QFileDialog.DialogLabel.LookIn, _("Look in:"))
    dlg.setLabelText(QFileDialog.DialogLabel.FileName, _("File name:"))
    dlg.setLabelText(QFileDialog.DialogLabel.FileType, _("File type:"))
    dlg.setLabelText(QFileDialog.DialogLabel.Accept, pgettext("qt", "Open"))
    dlg.setLabelText(QFileDialog.DialogLabel.Reject, _("Cancel"))
    if dlg.exec() != QFileDialog.DialogCode.Accepted or not dlg.selectedFiles():
        return None
    return Path(dlg.selectedFiles()[0])


class _Candidates(QAbstractListModel):
    """The articles found, each checked or not. A plain list behind a model: the window shows
    a thousand articles at once without making a thousand items (which stalled it)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.candidates: list[Candidate] = []
        self.checked: list[bool] = []
        self.archive_rows: list[int] = []   # the rows in the archive's order
        self._labels: list[str] = []
        self.folded: list[str] = []         # the labels, case folded, for the filter

    def set_candidates(self, candidates: list[Candidate], order: list[int]) -> None:
        """The ``candidates`` (in the archive's order), shown in ``order`` (of their positions)."""
        self.beginResetModel()
        self.candidates = [candidates[i] for i in order]
        self.archive_rows = sorted(range(len(order)), key=order.__getitem__)
        self.checked = [True] * len(self.candidates)
        self._labels = [f"{c.title}   [{labels.language_badge(c.lang)}]" for c in self.candidates]
        self.folded = [label.casefold() for label in self._labels]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.candidates)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or row >= len(self.candidates):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[row]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.checked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.candidates[row].title
        if role == LANG_ROLE:
            return self.candidates[row].lang
        if role == INDEX_ROLE:
            return row
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.checked[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, rows: list[int], checked: bool) -> None:
        """Check (or uncheck) ``rows`` at once: one change signal."""
        for row in rows:
            self.checked[row] = checked
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), [Qt.ItemDataRole.CheckStateRole])


class _Articles(QSortFilterProxyModel):
    """The articles shown: those of the languages ticked whose title holds the filter text
    (in any case). Decided on the source's lists, without a call into the model per row."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.languages: set[str] = set()
        self.text = ""

    def _change(self, **values: object) -> None:
        if all(getattr(self, k) == v for k, v in values.items()):
            return
        if hasattr(self, "beginFilterChange"):      # Qt 6.9 on (invalidateFilter is deprecated there)
            self.beginFilterChange()
            self.__dict__.update(values)
            self.endFilterChange()
        else:
            self.__dict__.update(values)
            self.invalidateFilter()

    def set_languages(self, languages: set[str]) -> None:
        self._change(languages=languages)

    def set_text(self, text: str) -> None:
        self._change(text=text.casefold())

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source: _Candidates = self.sourceModel()     # type: ignore[assignment]
        return source.candidates[row].lang in self.languages and self.matches(row)

    def matches(self, row: int) -> bool:
        """Whether the source's ``row`` has the filter's text in its title (any row, with no text)."""
        source: _Candidates = self.sourceModel()     # type: ignore[assignment]
        return not self.text or self.text in source.folded[row]


def title_order(candidates: list[Candidate]) -> list[int]:
    """The candidates' positions in the order the list shows them: by language (in the order of
    the language boxes), then by title, alphabetically in each script (``i18n.collate``)."""
    from relations_desktop.i18n.collate import sort_keys
    from relations_desktop.store.kiwix import count_by_language
    rank = {lang: i for i, lang in enumerate(count_by_language(candidates))}
    keys = sort_keys(c.title for c in candidates)
    return sorted(range(len(candidates)), key=lambda i: (rank[candidates[i].lang], keys[i]))


def _scan_job(path: Path):
    """Look through the archive, then put what it found in the list's order (in the scan's
    thread too: collating a thousand titles takes about a tenth of a second)."""
    def job(progress, cancelled):
        from relations_desktop.errors import DocumentError
        from relations_desktop.store.kiwix import scan_archive
        try:
            scan = scan_archive(path, progress=lambda done, total: progress(done, total, ""), cancelled=cancelled)
        except DocumentError as exc:        # not a readable archive: said in the dialog
            return exc
        return scan, title_order(scan.candidates)
    return job


class KiwixChooser(QDialog):
    """The articles of one archive to import. ``start()`` scans it; ``chosen()`` is the choice."""

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("kiwixChooser")
        self.path = Path(path)
        self.scan: KiwixScan | None = None
        self.problem: str | None = None         # why the archive cannot be read, if it cannot
        self.setWindowTitle(_("Import from a Kiwix library"))
        self.archive = QLabel(path.name, self)
        self.archive.setTextFormat(Qt.TextFormat.PlainText)
        self.archive.setWordWrap(True)
        self.status = QLabel(_("Looking for articles about relations between countries…"), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(_("Looking for articles"))
        self.languages_box = QGroupBox(_("Languages"), self)
        self.languages_layout = QHBoxLayout(self.languages_box)
        self.language_checks: dict[str, QCheckBox] = {}
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(_("Part of a title, e.g. a country's name"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(_("&Filter articles:"), self)
        filter_label.setBuddy(self.filter)
        self.model = _Candidates(self)
        self.shown = _Articles(self)
        self.shown.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setModel(self.shown)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(_("Articles found"))
        self.check_all = QPushButton(_("Check &all shown"), self)
        self.uncheck_all = QPushButton(_("&Uncheck all shown"), self)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(_("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setDefault(True)

        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.check_all)
        checks.addWidget(self.uncheck_all)
        checks.addStretch(1)
        bottom = QHBoxLayout()          # the count beside the buttons: room for it in every language
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        for w in (self.archive, self.status, self.progress, self.languages_box):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addLayout(checks)
        layout.addLayout(bottom)
        self.resize(620, 560)

        self.filter.textChanged.connect(self._filtered)
        self.check_all.clicked.connect(lambda: self.set_shown_checked(True))
        self.uncheck_all.clicked.connect(lambda: self.set_shown_checked(False))
        self.model.dataChanged.connect(lambda *_args: self._recount())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._set_choosing(False)

        self.thread = QThread(self)
        self.worker = ImportWorker(_scan_job(self.path))
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._scanned)
        self.worker.crashed.connect(self._failed)

    # ----- the scan
    def start(self) -> None:
        """Look through the archive's titles in a worker thread."""
        self.thread.start()

    def scanning(self) -> bool:
        return self.thread.isRunning()

    def _progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _stop_thread(self) -> None:
        self.worker.cancel()
        self.thread.quit()
        self.thread.wait()

    def _failed(self, message: str) -> None:
        self._stop_thread()
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        self.problem = message
        self.status.setText(message)
        self.progress.hide()
        self.import_button.setEnabled(False)

    def _scanned(self, result: object) -> None:
        from relations_desktop.errors import DocumentError
        self._stop_thread()
        if isinstance(result, DocumentError):
            self._show_problem(_("{file} cannot be read: {reason}.").format(
                file=self.path.name, reason=document_error_message(result.reason)))
            return
        assert isinstance(result, tuple)
        self.scan, order = result
        self._fill(order)

    def _fill(self, order: list[int]) -> None:
        scan = self.scan
        assert scan is not None
        self.progress.hide()
        info = scan.info
        where = [w for w in (info.title, info.name) if w]
        if info.date:
            where.append(format_event_date(info.date))
        where.append(ngettext("{n} entry", "{n} entries", info.entries).format(n=format_number(info.entries)))
        self.archive.setText(f"{self.path.name} — {' · '.join(where)}")
        found = len(scan.candidates)
        if not found:
            self.status.setText(_("No articles about relations between countries were found in this file."))
            self.import_button.setEnabled(False)
            return
        self.status.setText(ngettext("{n} article about relations between countries was found.",
                                     "{n} articles about relations between countries were found.",
                                     found).format(n=format_number(found)))
        self.shown.set_languages(set(scan.by_language()))       # each ticked below: filtered once
        self.model.set_candidates(scan.candidates, order)
        for lang, n in scan.by_language().items():
            box = QCheckBox(f"{labels.language_name(lang)} ({format_number(n)})", self.languages_box)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._languages_changed())
            self.languages_layout.addWidget(box)
            self.language_checks[lang] = box
        self.languages_layout.addStretch(1)
        self._set_choosing(True)
        self._languages_changed()
        self.list.setCurrentIndex(self.shown.index(0, 0))
        # While it looked, Cancel was the one button enabled, so it had the focus and made itself
        # the default: Enter cancelled. With the focus on the list, Import is the default again.
        self.list.setFocus()

    def _set_choosing(self, on: bool) -> None:
        for w in (self.languages_box, self.filter, self.list, self.check_all, self.uncheck_all, self.import_button):
            w.setEnabled(on)
        self.languages_box.setVisible(on)

    # ----- the choice
    def _languages_changed(self) -> None:
        self.shown.set_languages({lang for lang, box in self.language_checks.items() if box.isChecked()})
        self._recount()

    def _filtered(self, text: str) -> None:
        self.shown.set_text(text.strip())
        self._recount()

    def set_languages(self, languages: set[str]) -> None:
        """Tick exactly these languages."""
        for lang, box in self.language_checks.items():
            box.setChecked(lang in languages)

    def set_shown_checked(self, checked: bool) -> None:
        """Check (or uncheck) every article shown now (its language ticked, its title filtered)."""
        shown = self.shown
        self.model.set_checked([shown.mapToSource(shown.index(row, 0)).row() for row in range(shown.rowCount())],
                               checked)

    def chosen(self) -> list[Candidate]:
        """The articles to import: those shown (their language ticked, their title holding the
        filter's text) and checked, in the archive's order. A checked article the filter hides
        is not imported: the person sees what Import imports."""
        return [self.model.candidates[row] for row in self._checked_rows() if self.shown.matches(row)]

    def _checked_rows(self) -> list[int]:
        """The rows checked, of a ticked language, in the archive's order."""
        if self.scan is None:
            return []
        languages, model = self.shown.languages, self.model
        return [row for row in model.archive_rows if model.checked[row] and model.candidates[row].lang in languages]

    def _recount(self) -> None:
        if self.scan is None:
            return
        checked = self._checked_rows()
        n = sum(1 for row in checked if self.shown.matches(row))
        lines = [_("{n} of {total} chosen").format(n=format_number(n), total=format_number(len(self.scan.candidates)))]
        if len(checked) > n:
            lines.append(ngettext("{n} checked article hidden by the filter will not be imported",
                                  "{n} checked articles hidden by the filter will not be imported",
                                  len(checked) - n).format(n=format_number(len(checked) - n)))
        self.count.setText("\n".join(lines))
        self.import_button.setEnabled(n > 0)

    # ----- closing
    def done(self, result: int) -> None:
        if self.thread.isRunning():        # Cancel while looking: stop the scan first
            self._stop_thread()
        super().done(result)
