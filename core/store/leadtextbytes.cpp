#include "store/leadtextbytes.h"

#include "model/lead.h"
#include "util/isotime.h"
#include "util/utf8.h"

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
    // Encoded into a buffer the thread keeps, then copied out at the exact size: a buffer
    // sized for the worst case (three times the text) was a large block for every row, freed
    // a batch of rows later, which the allocator handled three times slower than small ones.
    thread_local QByteArray scratch;
    thread_local QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    if (scratch.size() < room)
        scratch.resize(room);
    char* const begin = scratch.data();
    char* out = begin;
    for (int field = 0; field < FieldCount; ++field) {
        out = writeUtf8(out,
                        field == ExpectedClose ? QStringView(expectedClose) : texts[size_t(field)],
                        encoder);
        m_ends[size_t(field)] = int(out - begin);
    }
    m_bytes = QByteArray(begin, out - begin);
}

namespace {

// The fields releaseText() frees, with where their bytes are.
template <typename LeadType> auto releasedFields(LeadType& lead)
{
    using F = LeadTextBytes::Field;
    return std::array{
        std::pair{&lead.firstName, F::FirstName}, std::pair{&lead.phone, F::Phone},
        std::pair{&lead.title, F::Title},         std::pair{&lead.company, F::Company},
        std::pair{&lead.website, F::Website},     std::pair{&lead.industry, F::Industry},
        std::pair{&lead.city, F::City},           std::pair{&lead.source, F::Source},
        std::pair{&lead.notes, F::Notes}};
}

} // namespace

void LeadTextBytes::releaseText(Lead& lead)
{
    for (const auto& [text, field] : releasedFields(lead))
        text->clear();
}

void LeadTextBytes::restoreText(Lead& lead) const
{
    for (const auto& [text, name] : releasedFields(lead))
        *text = QString::fromUtf8(field(name));
}

} // namespace lb
