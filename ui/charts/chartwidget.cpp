// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartwidget.h"

#include "core/chartdatamodel.h"
#include "ui/charts/chartaccessible.h"
#include "ui/charts/tongdaochart_p.h"

#include <QCursor>
#include <QKeyEvent>
#include <QPainter>
#include <QShowEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

#include <cmath>

namespace tongdao {

QString plainTextToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap; max-width:40em'>")
         + text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) + QStringLiteral("</p>");
}

// A frame in the highlight colour (3:1 or more against the chart's background in both themes,
// checked by tst_theme) around the chart, over its edge; transparent to the mouse.
class ChartWidget::FocusFrame : public QWidget
{
public:
    explicit FocusFrame(QWidget *chart)
        : QWidget(chart)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        constexpr int width = 3;
        QPainter painter(this);
        const QColor colour = palette().color(QPalette::Highlight);
        const QRect r = rect();
        painter.fillRect(QRect(r.left(), r.top(), r.width(), width), colour);
        painter.fillRect(QRect(r.left(), r.bottom() - width + 1, r.width(), width), colour);
        painter.fillRect(QRect(r.left(), r.top(), width, r.height()), colour);
        painter.fillRect(QRect(r.right() - width + 1, r.top(), width, r.height()), colour);
    }
};

class ChartWidget::View : public QChartView
{
public:
    explicit View(QWidget *parent)
        : QChartView(parent)
    {
        setRenderHint(QPainter::Antialiasing);
        setRenderHint(QPainter::TextAntialiasing);
        setFrameShape(QFrame::NoFrame);
        setFocusPolicy(Qt::NoFocus); // the ChartWidget takes the focus and the keys
        setRubberBand(QChartView::NoRubberBand);
    }
};

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new View(this))
    , m_style(ChartStyle::forTheme(ChartTheme::Light))
{
    m_view->setBackgroundBrush(m_style.background);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // Over the view, taking no room from it: shown while the chart has the focus.
    m_focusFrame = new FocusFrame(this);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
    installChartAccessibility();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setModel(ChartDataModel *model)
{
    m_model = model;
    m_selectedFigure.clear();
    rebuild();
}

void ChartWidget::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    m_view->setBackgroundBrush(style.background);
    rebuild();
}

void ChartWidget::rebuild()
{
    QChart *old = m_view->chart();
    // Hidden (the window is still being built): a chart laid out now would be laid out again at
    // the size it is shown at.
    m_pending = m_model && !isVisible();
    if (!m_model || m_pending) {
        m_chart = nullptr;
        m_view->setChart(new QChart());
    } else {
        m_chart = new TongdaoChart(m_model, m_style);
        m_chart->setFitted(true);
        connect(m_chart, &TongdaoChart::roomChanged, this, &ChartWidget::roomNeededChanged);
        connect(m_chart, &TongdaoChart::figureClicked, this, &ChartWidget::figureActivated);
        connect(m_chart, &TongdaoChart::figureHovered, this, &ChartWidget::showToolTip);
        connect(m_chart, &TongdaoChart::figureHovered, this, &ChartWidget::figureHovered);
        m_view->setChart(m_chart);
        m_chart->ensureLaidOut();
        m_chart->setSelectedRow(m_model->rowOf(m_selectedFigure));
    }
    // The view owned the old chart; it does not delete it when given a new one.
    delete old;
    notifyChartChanged(this);
}

void ChartWidget::setSelectedFigure(const QString &figureId)
{
    const bool changed = figureId != m_selectedFigure;
    m_selectedFigure = figureId;
    if (m_chart)
        m_chart->setSelectedRow(m_model->rowOf(figureId));
    if (changed && hasFocus())
        notifyChartItemFocus(this, selectedRow());
}

void ChartWidget::activateRow(int row)
{
    if (m_model && row >= 0 && row < m_model->rowCount())
        Q_EMIT figureActivated(m_model->figureId(row));
}

int ChartWidget::selectedRow() const
{
    return m_model ? m_model->rowOf(m_selectedFigure) : -1;
}

void ChartWidget::showToolTip(const QString &figureId, bool entered)
{
    if (!entered || !m_chart) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), plainTextToolTip(m_chart->toolTip(m_model->rowOf(figureId))), this);
}

QStringList ChartWidget::valueLabels() const
{
    return m_chart ? m_chart->valueLabels() : QStringList();
}

QStringList ChartWidget::frameTexts() const
{
    return m_chart ? m_chart->frameTexts() : QStringList();
}

QStringList ChartWidget::allTexts() const
{
    return m_chart ? m_chart->allTexts() : QStringList();
}

QList<double> ChartWidget::seriesValues() const
{
    return m_chart ? m_chart->seriesValues() : QList<double>();
}

QPoint ChartWidget::itemPosition(int chartRow) const
{
    if (!m_chart)
        return {};
    const QPointF scenePos = m_chart->mapToScene(m_chart->itemCenter(chartRow));
    return m_view->mapFromScene(scenePos);
}

QRectF ChartWidget::plotRect() const
{
    if (!m_chart)
        return {};
    const QRectF scene = m_chart->mapRectToScene(m_chart->plotArea());
    return QRectF(m_view->mapTo(this, m_view->mapFromScene(scene.topLeft())),
                  m_view->mapTo(this, m_view->mapFromScene(scene.bottomRight())));
}

int ChartWidget::roomNeeded() const
{
    return m_chart ? int(std::ceil(m_chart->heightForHalfPlot())) + height() - m_view->height() : 0;
}

int ChartWidget::compaction() const
{
    return m_chart ? m_chart->compaction() : 0;
}

QWidget *ChartWidget::viewport() const
{
    return m_view->viewport();
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->rowCount() == 0)
        return QWidget::keyPressEvent(event);
    int row = m_model->rowOf(m_selectedFigure);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        row = row <= 0 ? m_model->rowCount() - 1 : row - 1;
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        row = row < 0 || row + 1 >= m_model->rowCount() ? 0 : row + 1;
        break;
    case Qt::Key_Home:
        row = 0;
        break;
    case Qt::Key_End:
        row = m_model->rowCount() - 1;
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    Q_EMIT figureActivated(m_model->figureId(row));
}

void ChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        rebuild();
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        notifyChartChanged(this); // the title and summary, in the new language
}

void ChartWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_focusFrame->setGeometry(rect());
    m_focusFrame->raise();
    m_focusFrame->show();
    notifyChartItemFocus(this, selectedRow());
}

void ChartWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    m_focusFrame->hide();
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_focusFrame->setGeometry(rect());
}

bool ChartWidget::hasFocusFrame() const
{
    return m_focusFrame->isVisible();
}

} // namespace tongdao
