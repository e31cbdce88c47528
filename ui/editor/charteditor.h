// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/loaderror.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace tongdao {

class EditSession;
class LocalizedFields;

// The chart shown, as fields: kind, category, titles and axis titles in three languages, and its
// items (figures in order, each with its own label and scope). Each edit, once valid, is applied
// at once, so the chart pane previews it with the renderer that exports; the edits of one chart in
// a row are one undo step.
class ChartEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChartEditor(EditSession *session, QWidget *parent = nullptr);

    // Follows the chart shown; empty: nothing to edit.
    void showChart(const QString &chartId);
    // Applies what was typed and not yet applied (the live preview waits 250 ms).
    void flush();
    QString chartId() const { return m_id; }
    // A new chart with these figures (at least one), shown and selected.
    bool newChart(const QStringList &figures, ChartKind kind, LoadError *problem);
    bool removeChart();
    bool addFigure(const QString &figureId);
    bool moveItem(int from, int to);
    bool removeItem(int row);

    LocalizedFields *titleFields() const { return m_title; }
    QComboBox *kindField() const { return m_kind; }
    // The decided figures the chart does not show yet, and the button that adds the one chosen.
    QComboBox *figurePicker() const { return m_pick; }
    QPushButton *addButton() const { return m_add; }
    LoadError problem() const { return m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void fillItems();
    ChartSpec fromFields() const;
    // Applies the fields if the dataset stays valid; shows the problem otherwise.
    bool commit(const ChartSpec &chart, const QString &description, bool merge = true);
    void showItem(int row);

    EditSession *m_session;
    QString m_id;
    QLabel *m_message;
    QList<QLabel *> m_rowLabels;
    QLineEdit *m_idField;
    QComboBox *m_kind;
    QComboBox *m_category;
    LocalizedFields *m_title;
    LocalizedFields *m_subtitle;
    LocalizedFields *m_categoryAxis;
    LocalizedFields *m_valueAxis;
    LocalizedFields *m_note;
    QListWidget *m_items;
    LocalizedFields *m_itemLabel;
    LocalizedFields *m_itemScope;
    QComboBox *m_pick;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QTimer *m_commit;
    LoadError m_problem;
    bool m_filling = false;
};

} // namespace tongdao
