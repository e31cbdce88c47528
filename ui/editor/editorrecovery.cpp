// SPDX-License-Identifier: GPL-3.0-or-later
// The editor after something went wrong outside it: changes autosaved before a crash, and a
// report's text changed on disk since its dataset was saved.
#include "core/reanchor.h"
#include "core/reportdocument.h"
#include "ui/editor/editorcontroller.h"
#include "ui/editor/editsession.h"

#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace tongdao {

void EditorController::offerRecovery()
{
    for (const EditSession::Recovery &r : EditSession::recoverable()) {
        const QString what = r.origin.isEmpty() ? tr("a dataset never saved") : QDir::toNativeSeparators(r.origin);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
                        tr("Tongdao closed without saving %1. Its changes were kept at %2. Recover them?")
                            .arg(what, QLocale().toString(r.saved, QLocale::ShortFormat)),
                        QMessageBox::NoButton, m_window);
        box.setTextFormat(Qt::PlainText);
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == later)
            continue;
        if (box.clickedButton() != recover) {
            EditSession::discard(r);
            continue;
        }
        LoadError error;
        if (!m_session->recover(r, &error)) {
            Q_EMIT message(tr("Cannot recover: %1").arg(error.toString()));
            continue;
        }
        Q_EMIT message(tr("Recovered: not saved yet."));
        return; // one dataset at a time; the others are offered next time
    }
}

bool EditorController::offerReanchor(const QString &datasetPath)
{
    QMessageBox box(QMessageBox::Question, tr("The report's text has changed"),
                    tr("The text %1 refers to is not the one it was made from. Re-anchor the quotes that are "
                       "still found in the new text, and open it for editing?")
                        .arg(QDir::toNativeSeparators(datasetPath)),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setTextFormat(Qt::PlainText);
    if (box.exec() != QMessageBox::Yes)
        return false;
    auto dataset = std::make_shared<Dataset>();
    Reanchoring result;
    LoadError error;
    if (!reanchorDataset(datasetPath, dataset.get(), &result, &error)) {
        QMessageBox failed(QMessageBox::Critical, tr("Cannot re-anchor"), error.toString(), QMessageBox::Ok, m_window);
        failed.setTextFormat(Qt::PlainText);
        failed.exec();
        return false;
    }
    m_document->setDataset(dataset);
    m_session->begin(datasetPath);
    m_session->undoStack()->resetClean();
    const QStringList &lost = result.droppedFigures;
    QString said = lost.isEmpty() ? tr("Every quote was found again in the new text.")
                                  : tr("%n figure(s) whose quote is gone were left out: %1; their numbers are "
                                       "undecided again.",
                                       nullptr, int(lost.size()))
                                        .arg(lost.join(QStringLiteral(", ")));
    if (!result.droppedCharts.isEmpty())
        said += QLatin1Char(' ')
              + tr("%n chart(s) left empty were removed: %1.", nullptr, int(result.droppedCharts.size()))
                    .arg(result.droppedCharts.join(QStringLiteral(", ")));
    if (!result.droppedUncharted.isEmpty())
        said += QLatin1Char(' ')
              + tr("%n excuse(s) no longer in the text were removed.", nullptr, int(result.droppedUncharted.size()));
    Q_EMIT message(said + QLatin1Char(' ') + tr("Not saved yet."));
    return true;
}

} // namespace tongdao
