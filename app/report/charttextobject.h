#pragma once

#include <QObject>
#include <QTextObjectInterface>
#include <memory>
#include <vector>

class QChart;
class QTextDocument;

namespace attend {

// Charts drawn into a QTextDocument as vector graphics: printed to a PDF, their titles, axis
// labels and legends stay text (readable at any zoom, found by search and by pdftotext), where
// an image would blur them. The document's HTML holds a placeholder per chart; `place` puts
// the charts there. The object must outlive the document's printing.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartTextObject(QTextDocument &document);
    ~ChartTextObject() override;

    // Takes the chart, its text set in the document's default font families; the placeholder
    // text to write into the HTML where it goes.
    QString add(QChart *chart);
    // After setHtml: every placeholder becomes its chart, `size` in document units.
    void place(QSizeF size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QTextDocument &m_document;
    std::vector<std::unique_ptr<QChart>> m_charts;
};

} // namespace attend
