// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appstyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>
#include <QStyleOption>

namespace tongdao {

namespace {

// Qt's own arrows, the files Fusion reads, at each size they come in; read as PNG, no plugin
// asked first, and only when the icon is first drawn: the arrow of a bar that never overflows
// is never read.
class ArrowIconEngine : public QIconEngine
{
public:
    ArrowIconEngine(QString name, QList<int> sizes)
        : m_name(std::move(name))
        , m_sizes(std::move(sizes))
    {
    }

    QIconEngine *clone() const override { return new ArrowIconEngine(m_name, m_sizes); }
    QString key() const override { return QStringLiteral("tongdao-arrow"); }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }

private:
    const QIcon &icon()
    {
        if (m_icon.isNull())
            for (int size : m_sizes) {
                QImageReader
                    reader(QStringLiteral(":/qt-project.org/styles/commonstyle/images/%1-%2.png").arg(m_name).arg(size),
                           "png");
                reader.setAutoDetectImageFormat(false); // no plugin is asked first
                if (const QImage image = reader.read(); !image.isNull())
                    m_icon.addPixmap(QPixmap::fromImage(image));
            }
        return m_icon;
    }

    const QString m_name;
    const QList<int> m_sizes;
    QIcon m_icon;
};

} // namespace

AppStyle::AppStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton) {
        const bool rightToLeft = option ? option->direction == Qt::RightToLeft : QGuiApplication::isRightToLeft();
        return QIcon(
            new ArrowIconEngine(rightToLeft ? QStringLiteral("toolbar-ext-h-rtl") : QStringLiteral("toolbar-ext-h"),
                                {8, 16, 32}));
    }
    if (standardIcon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new ArrowIconEngine(QStringLiteral("toolbar-ext-v"), {5, 10, 20}));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace tongdao
