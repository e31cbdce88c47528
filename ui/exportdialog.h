// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartrenderer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace tongdao {

// Chooses how to export: format, size (presets or custom), scale, theme, source line, and where.
// For one chart the destination is a file; for all charts, a folder.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { OneChart, AllCharts };
    ExportDialog(Mode mode, const ExportOptions &options, const QString &destination, QWidget *parent = nullptr);

    ExportOptions options() const;
    QString destination() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showProblemInWarningColour();
    void updateState();
    void browse();

    Mode m_mode;
    QComboBox *m_format;
    QComboBox *m_size;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QComboBox *m_theme;
    QCheckBox *m_source;
    QLineEdit *m_destination;
    QToolButton *m_browse;
    QLabel *m_labels[6];
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace tongdao
