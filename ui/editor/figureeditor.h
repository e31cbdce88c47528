// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/loaderror.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace tongdao {

class EditSession;
class FigureForm;
class LocalizedFields;

// Beside the text: one figure, or one number of the text not decided yet, in a form prefilled
// from the scanner. Every field is checked as it is typed, by the validator the loader runs, and
// its message is shown at the figure. Apply makes the figure (one undo step); Excuse lists the
// number as uncharted with a reason instead; Remove takes a figure out again.
class FigureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FigureEditor(EditSession *session, QWidget *parent = nullptr);

    // A figure of the dataset.
    void editFigure(const QString &id);
    // A number of the text that no figure holds yet (a reading-text offset inside it); false
    // when there is no number there.
    bool editNumber(int offset);
    // A new derived figure over existing ones, quoting the sentence of the first.
    void newDerived(const QStringList &inputs);

    QString figureId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    FigureForm *form() const { return m_form; }
    LocalizedFields *reason() const { return m_reason; }
    // What the fields break now (empty message when nothing), checked as the form was last edited.
    LoadError problem() const { return m_problem; }
    QString problemText() const;

    bool apply();
    bool excuse();
    bool remove();
    // Shows nothing and acts on nothing: another dataset, or editing ended.
    void clear();

Q_SIGNALS:
    void applied(const QString &figureId);
    void excused();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const Figure &figure, const QString &id);
    void validate();
    // The edit Apply would make, with derived figures following and renamed ids followed.
    bool buildChange(class DatasetChange *change, Figure *figure, QString *problem) const;

    EditSession *m_session;
    FigureForm *m_form;
    LocalizedFields *m_reason;
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_apply;
    QPushButton *m_excuse;
    QPushButton *m_remove;
    QTimer *m_check;
    QString m_id;       // the figure edited; empty for a new one
    int m_mention = -1; // the reading offset of the number a new figure is made from
    QString m_mentionText;
    LoadError m_problem;
};

} // namespace tongdao
