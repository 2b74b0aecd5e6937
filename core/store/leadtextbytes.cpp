#include "store/leadtextbytes.h"

#include "model/lead.h"
#include "util/isotime.h"

#include <QStringEncoder>

namespace lb {

void LeadTextBytes::set(const Lead& lead, const QString& companyNorm)
{
    const std::array<QStringView, FieldCount> texts = {
        lead.email,   lead.firstName, lead.lastName, lead.phone,    lead.title,
        lead.company, companyNorm,    lead.website,  lead.industry, QStringView(),
        lead.country, lead.city,      lead.source,   lead.notes};
    const QString expectedClose = toIsoDate(lead.expectedClose);
    qsizetype room = expectedClose.size();
    for (const QStringView text : texts)
        room += 3 * text.size(); // UTF-8 needs at most 3 bytes a UTF-16 unit
    m_bytes.resize(room);
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    char* const begin = m_bytes.data();
    char* out = begin;
    for (int field = 0; field < FieldCount; ++field) {
        out = encoder.appendToBuffer(out, field == ExpectedClose ? QStringView(expectedClose)
                                                                 : texts[size_t(field)]);
        m_ends[size_t(field)] = int(out - begin);
    }
}

} // namespace lb
