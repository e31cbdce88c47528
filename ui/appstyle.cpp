// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appstyle.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QPixmap>
#include <QStyleFactory>
#include <QStyleOption>

namespace tongdao {

namespace {

// Qt's own arrows, the files Fusion reads, at each size they come in.
QIcon pngIcon(const char *name, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (int size : sizes) {
        const QString path = QStringLiteral(":/qt-project.org/styles/commonstyle/images/%1-%2.png")
                                 .arg(QLatin1StringView(name))
                                 .arg(size);
        QImageReader reader(path, "png");
        reader.setAutoDetectImageFormat(false); // no plugin is asked first
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace

AppStyle::AppStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    QIcon icon;
    if (standardIcon == SP_ToolBarHorizontalExtensionButton) {
        const bool rightToLeft = option ? option->direction == Qt::RightToLeft : QGuiApplication::isRightToLeft();
        icon = pngIcon(rightToLeft ? "toolbar-ext-h-rtl" : "toolbar-ext-h", {8, 16, 32});
    } else if (standardIcon == SP_ToolBarVerticalExtensionButton) {
        icon = pngIcon("toolbar-ext-v", {5, 10, 20});
    }
    // Should Qt ever move its files, Fusion's own way.
    return icon.isNull() ? QProxyStyle::standardIcon(standardIcon, option, widget) : icon;
}

} // namespace tongdao
