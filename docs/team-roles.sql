-- SPDX-License-Identifier: MIT
-- Privileges for a Switchboard team database (README, "Team mode").
-- Run in the team database as switchboard_owner, after its first
-- `switchboard-cli --db postgresql://switchboard_owner@HOST/switchboard init`.
-- tests/core/storage/tst_teamroles.cpp runs this very file.
GRANT USAGE ON SCHEMA public TO switchboard_team;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO switchboard_team;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO switchboard_team;
-- Tables and sequences a later Switchboard version creates.
ALTER DEFAULT PRIVILEGES FOR ROLE switchboard_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO switchboard_team;
ALTER DEFAULT PRIVILEGES FOR ROLE switchboard_owner IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO switchboard_team;
