DROP TABLE authority_versions;
DROP TABLE contacts;
DROP TABLE designations;
DROP TABLE authorities;
DROP FUNCTION cna_all_match(text[], text);
