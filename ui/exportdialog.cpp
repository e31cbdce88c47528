// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include "ui/apptheme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace tongdao {

namespace {
struct Preset
{
    QSize size;
    const char *name;
};
// A4 landscape at 96 dpi: 297 × 210 mm.
const Preset presets[] = {
    {{1200, 675}, QT_TRANSLATE_NOOP("tongdao::ExportDialog", "1200 × 675 (web)")},
    {{1600, 900}, QT_TRANSLATE_NOOP("tongdao::ExportDialog", "1600 × 900 (slides)")},
    {{1920, 1080}, QT_TRANSLATE_NOOP("tongdao::ExportDialog", "1920 × 1080 (full HD)")},
    {{1123, 794}, QT_TRANSLATE_NOOP("tongdao::ExportDialog", "A4 landscape (1123 × 794)")},
};
constexpr int customIndex = int(std::size(presets));
} // namespace

ExportDialog::ExportDialog(Mode mode, const ExportOptions &options, const QString &destination, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_format(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_source(new QCheckBox(this))
    , m_destination(new QLineEdit(destination, this))
    , m_browse(new QToolButton(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Svg, ExportFormat::Pdf})
        m_format->addItem(exportFormatId(f).toUpper(), int(f));
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    for (int i = 0; i <= customIndex; ++i)
        m_size->addItem(QString());
    int sizeIndex = customIndex;
    for (int i = 0; i < customIndex; ++i)
        if (presets[i].size == options.size)
            sizeIndex = i;
    m_size->setCurrentIndex(sizeIndex);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(ExportOptions::minSide, ExportOptions::maxSide);
        box->setSuffix(tr(" px", "pixels"));
    }
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    for (int s = 1; s <= ExportOptions::maxScale; ++s)
        m_scale->addItem(QStringLiteral("%1×").arg(s), s);
    m_scale->setCurrentIndex(options.scale - 1);
    for (int t = 0; t < 3; ++t)
        m_theme->addItem(QString(), t);
    m_theme->setCurrentIndex(int(options.theme));
    m_source->setChecked(options.sourceLine);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    form->addRow(m_labels[0], m_format);
    form->addRow(m_labels[1], sizeRow);
    form->addRow(m_labels[2], m_scale);
    form->addRow(m_labels[3], m_theme);
    form->addRow(m_labels[4], m_source);
    form->addRow(m_labels[5], destinationRow);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    m_labels[0]->setBuddy(m_format);
    m_labels[1]->setBuddy(m_size);
    m_labels[2]->setBuddy(m_scale);
    m_labels[3]->setBuddy(m_theme);
    m_labels[5]->setBuddy(m_destination);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QToolButton::clicked, this, &ExportDialog::browse);
    for (QComboBox *box : {m_format, m_size, m_scale, m_theme})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    showProblemInWarningColour();
    retranslate();
    updateState();
}

void ExportDialog::retranslate()
{
    setWindowTitle(m_mode == OneChart ? tr("Export chart") : tr("Export all charts"));
    m_labels[0]->setText(tr("&Format:"));
    m_labels[1]->setText(tr("&Size:"));
    m_labels[2]->setText(tr("S&cale:"));
    m_labels[3]->setText(tr("&Theme:"));
    m_labels[4]->setText(tr("Source line:"));
    m_labels[5]->setText(m_mode == OneChart ? tr("F&ile:") : tr("F&older:"));
    for (int i = 0; i < customIndex; ++i)
        m_size->setItemText(i, tr(presets[i].name));
    m_size->setItemText(customIndex, tr("Custom"));
    m_theme->setItemText(0, tr("Light"));
    m_theme->setItemText(1, tr("Dark"));
    m_theme->setItemText(2, tr("Transparent background"));
    m_source->setText(tr("Include the source line"));
    m_browse->setText(tr("Browse…"));
    m_browse->setAccessibleName(m_mode == OneChart ? tr("Choose the file") : tr("Choose the folder"));
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    updateState();
}

void ExportDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showProblemInWarningColour();
}

void ExportDialog::showProblemInWarningColour()
{
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, AppTheme::warningText(palette()));
    m_problem->setPalette(p);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.size = m_size->currentIndex() < customIndex ? presets[m_size->currentIndex()].size
                                                  : QSize(m_width->value(), m_height->value());
    const bool raster = o.format == ExportFormat::Png || o.format == ExportFormat::Jpeg;
    o.scale = raster ? m_scale->currentData().toInt() : 1;
    o.theme = ChartTheme(m_theme->currentData().toInt());
    o.sourceLine = m_source->isChecked();
    return o;
}

QString ExportDialog::destination() const
{
    QString path = m_destination->text().trimmed();
    if (m_mode == OneChart && !path.isEmpty()) {
        const QString ext = QLatin1Char('.') + exportFormatExtension(options().format);
        const QFileInfo info(path);
        if (info.suffix().isEmpty() || !exportFormatFromId(info.suffix().toLower()))
            path += ext;
        else if (exportFormatFromId(info.suffix().toLower()) != options().format)
            path = info.path() + QLatin1Char('/') + info.completeBaseName() + ext;
    }
    return path;
}

void ExportDialog::updateState()
{
    const bool custom = m_size->currentIndex() == customIndex;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker a(m_width), b(m_height);
        m_width->setValue(presets[m_size->currentIndex()].size.width());
        m_height->setValue(presets[m_size->currentIndex()].size.height());
    }
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const bool raster = format == ExportFormat::Png || format == ExportFormat::Jpeg;
    m_scale->setEnabled(raster);
    const QString problem = ChartRenderer::check(options());
    const bool empty = m_destination->text().trimmed().isEmpty();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !empty);
}

void ExportDialog::browse()
{
    const QString current = m_destination->text();
    QString chosen;
    if (m_mode == OneChart) {
        const ExportFormat format = ExportFormat(m_format->currentData().toInt());
        const QString filter = tr("%1 files (*.%2)")
                                   .arg(exportFormatId(format).toUpper(), exportFormatExtension(format));
        chosen = QFileDialog::getSaveFileName(this, tr("Export chart"), current, filter, nullptr,
                                              QFileDialog::DontConfirmOverwrite);
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export all charts"), current);
    }
    if (!chosen.isEmpty())
        m_destination->setText(chosen);
}

} // namespace tongdao
