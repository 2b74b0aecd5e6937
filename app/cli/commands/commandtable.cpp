#include "commands/commands.h"

namespace lb::cli {

const QList<CommandEntry>& commandTable()
{
    static const QList<CommandEntry> table = {
        {"init", runInit, "init"},
        {"demo", runDemo, "demo [--leads N] [--seed S]"},
        {"leads", runLeads,
         "leads [--stage S] [--owner U] [--min-score N] [--search TEXT] [--limit N]"},
        {"show", runShow, "show LEAD [--events N|all]"},
        {"qualify", runQualify,
         "qualify LEAD --framework F --criterion C --status "
         "unknown|partial|confirmed|disqualifying [--note TEXT] [--value V]"},
        {"stage", runStage,
         "stage LEAD [LEAD ...] --to MQL|SAL|SQL|Nurture|Disqualified|New [--reason TEXT] "
         "[--override]"},
        {"convert", runConvert,
         "convert LEAD [--account ID|--new-account] [--opportunity NAME --amount X --close-date "
         "YYYY-MM-DD] [--overwrite] [--dry-run]"},
        {"accounts", runAccounts, "accounts [--search T] [--limit N]"},
        {"account", runAccount, "account ID"},
        {"opportunities", runOpportunities,
         "opportunities [--stage S] [--owner U] [--closing-before D] [--overdue] [--account ID] "
         "[--search T] [--limit N]"},
        {"opportunity", runOpportunity,
         "opportunity ID [--stage Prospecting|Proposal|Negotiation|Won|Lost] [--amount X] "
         "[--close-date D] [--reason R] [--if-version V]"},
        {"assign", runAssign, "assign LEAD [LEAD ...] --to USER | --round-robin U1,U2,..."},
        {"log", runLog,
         "log LEAD --type call|email|meeting|note [--outcome connected|voicemail|no-answer] "
         "[--at T] [--note TEXT]"},
        {"edit", runEdit, "edit LEAD --set field=value [--set field=value ...] [--if-version V]"},
        {"check", runCheck, "check"},
        {"backup", runBackup, "backup FILE"},
        {"migrate", runMigrate, "migrate FROM TO"},
        {"team", runTeam,
         "team init | team add LOGIN --role sdr|manager | team remove LOGIN | team list"},
        {"import", runImport,
         "import leads FILE [--map \"Header=field\" ...] [--dry-run] [--delimiter C] | import "
         "events FILE"},
        {"export", runExport, "export leads FILE [--stage S]"},
        {"model", runModel, "model import FILE | model export [FILE] | model show"},
        {"score", runScore, "score [--as-of YYYY-MM-DD[THH:MM:SSZ]]"},
        {"report", runReport,
         "report funnel|inflow|sources|velocity|owners|reasons|calibration [--from D] [--to D] "
         "[--owner U] [--source S]"},
    };
    return table;
}

} // namespace lb::cli
