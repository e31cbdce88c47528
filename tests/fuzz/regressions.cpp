// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz harness over files, without libFuzzer: the seed corpus and every input that once
// crashed a harness stay in the ordinary test suite (and under the sanitizers).
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int files = 0;
    for (const QString &dir : app.arguments().mid(1)) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray data = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++files;
        }
    }
    QTextStream(stdout) << files << " inputs ran without a failure" << Qt::endl;
    return files > 0 ? 0 : 1;
}
