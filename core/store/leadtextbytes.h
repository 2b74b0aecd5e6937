#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>

namespace lb {

struct Lead;

// A new lead's text fields as UTF-8 in one buffer. An import makes it on its reading thread,
// next to the values it has just parsed; the writing thread, which sets the pace of a bulk
// load, then binds bytes from one place instead of encoding twenty strings that sit in the
// other core's cache, each a cache miss away.
class LeadTextBytes
{
public:
    enum Field
    {
        Email,
        FirstName,
        LastName,
        Phone,
        Title,
        Company,
        CompanyNorm,
        Website,
        Industry,
        ExpectedClose, // ISO date
        Country,
        City,
        Source,
        Notes,
        FieldCount
    };

    void set(const Lead& lead, const QString& companyNorm);

    // The text fields that whoever holds these bytes reads from them instead of from the lead.
    // An import's reading thread frees the lead's copies as soon as they are encoded: on the
    // thread that allocated them, while they are still in its cache, rather than a batch of
    // rows later (perf: a quarter of that thread's time was the allocator). The e-mail and
    // last name stay (they find the lead), and so do the country (shared with every other row
    // of that country) and the owner (looked up by name).
    static void releaseText(Lead& lead);
    // Puts back what releaseText() freed: for a row that turns out to update a lead.
    void restoreText(Lead& lead) const;
    // Empty for an empty field (stored as NULL).
    QByteArrayView field(Field field) const
    {
        const int start = field == 0 ? 0 : m_ends[size_t(field) - 1];
        return QByteArrayView(m_bytes.constData() + start, m_ends[size_t(field)] - start);
    }

private:
    QByteArray m_bytes;
    std::array<int, FieldCount> m_ends{};
};

} // namespace lb
