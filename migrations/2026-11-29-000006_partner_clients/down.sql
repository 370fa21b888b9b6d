DROP TABLE partner_clients;
