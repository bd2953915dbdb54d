// SPDX-License-Identifier: MIT
#include "builtinmappings.h"

namespace Switchboard {
namespace {

// ServiceNow incident event log (UCI "Incident management process enriched
// event log", incident_event_log.csv.gz): one row per update of an incident,
// 141,712 rows for 24,918 incidents; "?" marks a missing value.
//
// Time: day-first "29/2/2016 01:16" without a zone. Hours of creation peak
// at 08-11 and 14-16 with a dip at 12 on weekdays, the same in every season,
// so the times are local wall-clock times. The dataset comes from the
// University of Sao Paulo (the instance is a Brazilian IT company's), hence
// America/Sao_Paulo; change "time_zone" if you know better.
//
// incident_state -> status
//   New -> new, Active -> open,
//   Awaiting User Info -> pending, Awaiting Evidence -> pending  (waiting on
//     the caller: the SLA clock pauses)
//   Awaiting Vendor -> on_hold, Awaiting Problem -> on_hold  (waiting on a
//     third party or a problem record)
//   Resolved -> resolved, Closed -> closed
//   -100 (5 rows, not a state) -> no status change
// Resolved or Closed followed by an earlier state is a reopening; in time
// order this finds 276 incidents: the 275 whose reopen_count is above zero
// and INC0000137 (reopen_count 0), whose second "New" row (sys_mod_count 1,
// 11:10) was recorded after its resolution (sys_mod_count 2, 11:03).
// priority -> priority: "1 - Critical" 1, "2 - High" 2, "3 - Moderate" 3,
//   "4 - Low" 4 (ServiceNow derives it from impact and urgency).
// contact_type -> channel: Phone -> phone, IVR -> phone, Email -> email,
//   Self service -> web (the portal), Direct opening -> web (typed in by
//   the service desk itself).
// type: every row is an incident, an unplanned interruption: fault.
// Subject: the log has no text; "Category 26 / Subcategory 174 / Symptom 491"
//   is the most specific description it has (the last categorisation wins).
// Requester: caller_id; assignee: assigned_to ("?" = unassigned, which
//   happens when an incident moves to another group); group:
//   assignment_group. Changes of status, assignee, group and priority become
//   history events at sys_updated_at, ordered by sys_mod_count within a minute.
// First response: no column; the first change away from New, as the export's
//   documentation suggests. created/resolved/closed: opened_at, resolved_at,
//   closed_at (resolved_at is "?" for 1,556 closed incidents: the time of the
//   last change to Resolved is used, else the closing time).
constexpr const char* kServiceNow = R"({
  "source": "servicenow",
  "time_formats": ["d/M/yyyy H:mm"],
  "time_zone": "America/Sao_Paulo",
  "empty_values": ["?"],
  "fields": {
    "external_id": "number",
    "subject": {"join": ["category", "subcategory", "u_symptom"], "separator": " / ",
                "default": "Incident"},
    "requester": "caller_id",
    "channel": {"column": "contact_type",
                "map": {"Phone": "phone", "IVR": "phone", "Email": "email",
                        "Self service": "web", "Direct opening": "web"}},
    "type": {"value": "fault"},
    "priority": {"column": "priority",
                 "map": {"1 - Critical": 1, "2 - High": 2, "3 - Moderate": 3, "4 - Low": 4}},
    "status": {"column": "incident_state",
               "map": {"New": "new", "Active": "open",
                       "Awaiting User Info": "pending", "Awaiting Evidence": "pending",
                       "Awaiting Vendor": "on_hold", "Awaiting Problem": "on_hold",
                       "Resolved": "resolved", "Closed": "closed", "-100": null}},
    "assignee": "assigned_to",
    "group": "assignment_group",
    "created": "opened_at",
    "resolved": "resolved_at",
    "closed": "closed_at"
  },
  "event_log": {
    "ticket": "number",
    "time": "sys_updated_at",
    "order": "sys_mod_count",
    "track": ["status", "assignee", "group", "priority"],
    "reopen": true,
    "first_response": "first_status_change"
  }
})";

// Help-desk event log of an Italian software company (4TU, Polato et al.,
// helpdesk.csv): one row per activity, 21,348 rows for 4,580 cases; every
// attribute is an anonymised "Value N".
//
// Time: "2012/10/9 14:50:17" without a zone. The lunch dip sits at 11 UTC in
// summer and 12 in winter, and the day starts an hour earlier in summer: the
// times are UTC of a zone with daylight saving (Italy, 13:00 local), so
// "time_zone" is UTC.
//
// Activity -> status
//   Take in charge ticket -> open; Resolve SW anomaly -> open (the fix is
//     back with the help desk)
//   Wait -> pending; Require upgrade -> pending (the customer must upgrade)
//   Create SW anomaly -> on_hold (waiting on development);
//   Schedule intervention -> on_hold (waiting for the visit)
//   Resolve ticket -> resolved; Closed -> closed
//   Assign seriousness, Insert ticket (triage and creation) and the outcomes
//   VERIFIED, RESOLVED, INVALID, DUPLICATE -> no status change
// Closed followed by Take in charge ticket (2 cases) is a reopening.
// seriousness_2 -> priority. The labels are anonymised, so the order comes
//   from how cases were handled: Value 4 is taken in charge within a minute
//   and resolved in 4 h (median) -> 1; Value 3 (one case, taken at once) -> 2;
//   Value 1, the bulk (57 %), -> 3; Value 2, resolved slowest (221 h) -> 4.
//   (service_level, the other candidate, orders no better.)
// channel: the log has none; cases were entered in the ticketing system: web.
// type: fault when the case involved a software anomaly (Create/Resolve SW
//   anomaly), otherwise consultation (a software help desk's usual question).
// Tags: sw-anomaly, upgrade, intervention and the outcomes verified,
//   outcome-resolved, invalid, duplicate.
// Subject: no text; "Product 3, service type 1" from the case attributes
//   (activities are the history, and the variant is computed from it).
// Requester: customer -> "Customer N". Assignee: the Resource of the latest
//   Take in charge ticket or Resolve ticket -> "Resource N"; the Resource of
//   every row is the actor of its events. Group: workgroup -> "Workgroup N".
// created: the first activity; first response: the first change away from
//   new (normally Take in charge ticket); resolved: the last Resolve ticket;
//   closed: Closed.
constexpr const char* kHelpdesk = R"({
  "source": "helpdesk",
  "time_formats": ["yyyy/M/d H:mm:ss"],
  "time_zone": "UTC",
  "fields": {
    "external_id": "Case ID",
    "subject": {"join": [
                  {"column": "product", "rewrite": {"pattern": "^Value (\\d+)$", "replace": "Product \\1"}},
                  {"column": "service_type", "rewrite": {"pattern": "^Value (\\d+)$", "replace": "service type \\1"}}],
                "separator": ", "},
    "requester": {"column": "customer", "rewrite": {"pattern": "^Value (\\d+)$", "replace": "Customer \\1"}},
    "channel": {"value": "web"},
    "type": {"column": "Activity",
             "map": {"Create SW anomaly": "fault", "Resolve SW anomaly": "fault",
                     "Assign seriousness": null, "Insert ticket": null, "Take in charge ticket": null,
                     "Wait": null, "Require upgrade": null, "Schedule intervention": null,
                     "Resolve ticket": null, "Closed": null, "VERIFIED": null, "RESOLVED": null,
                     "INVALID": null, "DUPLICATE": null}},
    "priority": {"column": "seriousness_2",
                 "map": {"Value 4": 1, "Value 3": 2, "Value 1": 3, "Value 2": 4}},
    "status": {"column": "Activity",
               "map": {"Take in charge ticket": "open", "Resolve SW anomaly": "open",
                       "Wait": "pending", "Require upgrade": "pending",
                       "Create SW anomaly": "on_hold", "Schedule intervention": "on_hold",
                       "Resolve ticket": "resolved", "Closed": "closed",
                       "Assign seriousness": null, "Insert ticket": null, "VERIFIED": null,
                       "RESOLVED": null, "INVALID": null, "DUPLICATE": null}},
    "assignee": {"column": "Resource",
                 "when": {"column": "Activity", "in": ["Take in charge ticket", "Resolve ticket"]},
                 "rewrite": {"pattern": "^Value (\\d+)$", "replace": "Resource \\1"}},
    "group": {"column": "workgroup", "rewrite": {"pattern": "^Value (\\d+)$", "replace": "Workgroup \\1"}},
    "tags": {"column": "Activity",
             "map": {"Create SW anomaly": "sw-anomaly", "Resolve SW anomaly": "sw-anomaly",
                     "Require upgrade": "upgrade", "Schedule intervention": "intervention",
                     "VERIFIED": "verified", "RESOLVED": "outcome-resolved",
                     "INVALID": "invalid", "DUPLICATE": "duplicate",
                     "Assign seriousness": null, "Insert ticket": null, "Take in charge ticket": null,
                     "Wait": null, "Resolve ticket": null, "Closed": null}}
  },
  "event_log": {
    "ticket": "Case ID",
    "time": "Complete Timestamp",
    "actor": {"column": "Resource", "rewrite": {"pattern": "^Value (\\d+)$", "replace": "Resource \\1"}},
    "track": ["status", "assignee", "group", "priority"],
    "reopen": true,
    "first_response": "first_status_change"
  }
})";

// What `export tickets` writes: one row per ticket, columns named after the
// fields, times in ISO-8601 with offset. Importing it back with --format csv
// (or jsonl) gives the same tickets; the external id is kept under the source
// "switchboard-export", so importing the same export again updates.
constexpr const char* kIdentity = R"({
  "source": "switchboard-export",
  "time_formats": ["iso"],
  "time_zone": "UTC",
  "fields": {
    "external_id": "external_id",
    "subject": "subject",
    "body": "body",
    "requester": "requester",
    "channel": "channel",
    "type": "type",
    "priority": "priority",
    "status": "status",
    "assignee": "assignee",
    "group": "group",
    "tags": "tags",
    "created": "created",
    "first_response": "first_response",
    "resolved": "resolved",
    "closed": "closed",
    "satisfaction_score": "satisfaction_score",
    "satisfaction_comment": "satisfaction_comment"
  }
})";

} // namespace

QByteArray builtinMappingJson(const QString& name)
{
    if (name == QLatin1String("servicenow"))
        return QByteArray(kServiceNow);
    if (name == QLatin1String("helpdesk"))
        return QByteArray(kHelpdesk);
    if (name == QLatin1String("csv") || name == QLatin1String("jsonl"))
        return QByteArray(kIdentity);
    return {};
}

QStringList builtinMappingNames()
{
    return {QStringLiteral("servicenow"), QStringLiteral("helpdesk"), QStringLiteral("csv"),
            QStringLiteral("jsonl")};
}

} // namespace Switchboard
