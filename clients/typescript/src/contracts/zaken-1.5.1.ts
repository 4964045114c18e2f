// Generated from openapi/zaken-1.5.1.yaml by `make clients`; do not edit.
export interface paths {
    "/klantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Klantcontacten zoeken
         * @deprecated
         * @description Geeft de klantcontacten die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["klantcontact_list"];
        put?: never;
        /**
         * Een klantcontact aanmaken
         * @deprecated
         * @description Legt een klantcontact vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["klantcontact_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de klantcontacten ophalen
         * @deprecated
         * @description Geeft het klantcontact met deze uuid.
         */
        get: operations["klantcontact_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resultaten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resultaten zoeken
         * @description Geeft de resultaten die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["resultaat_list"];
        put?: never;
        /**
         * Een resultaat aanmaken
         * @description Legt een resultaat vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["resultaat_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resultaten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de resultaten ophalen
         * @description Geeft het resultaat met deze uuid.
         */
        get: operations["resultaat_retrieve"];
        /**
         * Het resultaat geheel vervangen
         * @description Vervangt alle gegevens van het resultaat door de meegestuurde.
         */
        put: operations["resultaat_update"];
        post?: never;
        /**
         * Het resultaat verwijderen
         * @description Verwijdert het resultaat.
         */
        delete: operations["resultaat_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de resultaten
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["resultaat_headers"];
        /**
         * Het resultaat deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het resultaat bij.
         */
        patch: operations["resultaat_partial_update"];
        trace?: never;
    };
    "/rollen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rollen zoeken
         * @description Geeft de rollen die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["rol_list"];
        put?: never;
        /**
         * Een rol aanmaken
         * @description Legt een rol vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["rol_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rollen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de rollen ophalen
         * @description Geeft de rol met deze uuid.
         */
        get: operations["rol_retrieve"];
        put?: never;
        post?: never;
        /**
         * De rol verwijderen
         * @description Verwijdert de rol.
         */
        delete: operations["rol_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de rollen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["rol_headers"];
        patch?: never;
        trace?: never;
    };
    "/statussen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statussen zoeken
         * @description Geeft de statussen die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["status_list"];
        put?: never;
        /**
         * Een status aanmaken
         * @description Legt een status vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["status_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statussen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de statussen ophalen
         * @description Geeft de status met deze uuid.
         */
        get: operations["status_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Alleen de headers van één van de statussen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["status_headers"];
        patch?: never;
        trace?: never;
    };
    "/zaakcontactmomenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koppelingen tussen zaken en contactmomenten zoeken
         * @description Geeft de koppelingen tussen zaken en contactmomenten die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["zaakcontactmoment_list"];
        put?: never;
        /**
         * Een koppeling tussen zaak en contactmoment aanmaken
         * @description Legt een koppeling tussen zaak en contactmoment vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaakcontactmoment_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakcontactmomenten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de koppelingen tussen zaken en contactmomenten ophalen
         * @description Geeft de koppeling met deze uuid.
         */
        get: operations["zaakcontactmoment_retrieve"];
        put?: never;
        post?: never;
        /**
         * De koppeling verwijderen
         * @description Verwijdert de koppeling.
         */
        delete: operations["zaakcontactmoment_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakinformatieobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koppelingen tussen zaken en documenten zoeken
         * @description Geeft de koppelingen tussen zaken en documenten die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["zaakinformatieobject_list"];
        put?: never;
        /**
         * Een koppeling tussen zaak en document aanmaken
         * @description Legt een koppeling tussen zaak en document vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaakinformatieobject_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakinformatieobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de koppelingen tussen zaken en documenten ophalen
         * @description Geeft de koppeling met deze uuid.
         */
        get: operations["zaakinformatieobject_retrieve"];
        /**
         * De koppeling geheel vervangen
         * @description Vervangt alle gegevens van de koppeling door de meegestuurde.
         */
        put: operations["zaakinformatieobject_update"];
        post?: never;
        /**
         * De koppeling verwijderen
         * @description Verwijdert de koppeling.
         */
        delete: operations["zaakinformatieobject_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de koppelingen tussen zaken en documenten
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["zaakinformatieobject_headers"];
        /**
         * De koppeling deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de koppeling bij.
         */
        patch: operations["zaakinformatieobject_partial_update"];
        trace?: never;
    };
    "/zaakobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zaakobjecten zoeken
         * @description Geeft de zaakobjecten die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["zaakobject_list"];
        put?: never;
        /**
         * Een zaakobject aanmaken
         * @description Legt een zaakobject vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaakobject_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de zaakobjecten ophalen
         * @description Geeft het zaakobject met deze uuid.
         */
        get: operations["zaakobject_retrieve"];
        /**
         * Het zaakobject geheel vervangen
         * @description Vervangt alle gegevens van het zaakobject door de meegestuurde.
         */
        put: operations["zaakobject_update"];
        post?: never;
        /**
         * Het zaakobject verwijderen
         * @description Verwijdert het zaakobject.
         */
        delete: operations["zaakobject_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de zaakobjecten
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["zaakobject_headers"];
        /**
         * Het zaakobject deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het zaakobject bij.
         */
        patch: operations["zaakobject_partial_update"];
        trace?: never;
    };
    "/zaakverzoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koppelingen tussen zaken en verzoeken zoeken
         * @description Geeft de koppelingen tussen zaken en verzoeken die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["zaakverzoek_list"];
        put?: never;
        /**
         * Een koppeling tussen zaak en verzoek aanmaken
         * @description Legt een koppeling tussen zaak en verzoek vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaakverzoek_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakverzoeken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de koppelingen tussen zaken en verzoeken ophalen
         * @description Geeft de koppeling met deze uuid.
         */
        get: operations["zaakverzoek_retrieve"];
        put?: never;
        post?: never;
        /**
         * De koppeling verwijderen
         * @description Verwijdert de koppeling.
         */
        delete: operations["zaakverzoek_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zaken zoeken
         * @description Geeft de zaken die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["zaak_list"];
        put?: never;
        /**
         * Een zaak aanmaken
         * @description Legt een zaak vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaak_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de zaken ophalen
         * @description Geeft de zaak met deze uuid.
         */
        get: operations["zaak_retrieve"];
        /**
         * De zaak geheel vervangen
         * @description Vervangt alle gegevens van de zaak door de meegestuurde.
         */
        put: operations["zaak_update"];
        post?: never;
        /**
         * De zaak verwijderen
         * @description Verwijdert de zaak met alles wat erbij hoort (statussen, resultaat, rollen, ...).
         */
        delete: operations["zaak_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de zaken
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["zaak_headers"];
        /**
         * De zaak deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de zaak bij.
         */
        patch: operations["zaak_partial_update"];
        trace?: never;
    };
    "/zaken/{zaak_uuid}/audittrail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De audit trail van de zaak
         * @description Elke wijziging van de zaak en van wat erbij hoort, de oudste eerst.
         */
        get: operations["audittrail_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/audittrail/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén wijziging uit de audit trail van de zaak
         * @description Geeft de wijziging met deze uuid.
         */
        get: operations["audittrail_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/besluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Besluiten van de zaak zoeken
         * @description Geeft de besluiten van de zaak die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["zaakbesluit_list"];
        put?: never;
        /**
         * Een koppeling tussen zaak en besluit aanmaken
         * @description Legt een koppeling tussen zaak en besluit vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaakbesluit_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/besluiten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de besluiten van de zaak ophalen
         * @description Geeft de koppeling met deze uuid.
         */
        get: operations["zaakbesluit_retrieve"];
        put?: never;
        post?: never;
        /**
         * De koppeling verwijderen
         * @description Verwijdert de koppeling.
         */
        delete: operations["zaakbesluit_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/zaakeigenschappen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eigenschappen van de zaak zoeken
         * @description Geeft de eigenschappen van de zaak die aan de queryparameters voldoen en die deze applicatie mag zien, in volgorde van aanmaken.
         */
        get: operations["zaakeigenschap_list"];
        put?: never;
        /**
         * Een eigenschap van de zaak aanmaken
         * @description Legt een eigenschap van de zaak vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaakeigenschap_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de eigenschappen van de zaak ophalen
         * @description Geeft de eigenschap met deze uuid.
         */
        get: operations["zaakeigenschap_retrieve"];
        /**
         * De eigenschap geheel vervangen
         * @description Vervangt alle gegevens van de eigenschap door de meegestuurde.
         */
        put: operations["zaakeigenschap_update"];
        post?: never;
        /**
         * De eigenschap verwijderen
         * @description Verwijdert de eigenschap.
         */
        delete: operations["zaakeigenschap_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de eigenschappen van de zaak
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["zaakeigenschap_headers"];
        /**
         * De eigenschap deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de eigenschap bij.
         */
        patch: operations["zaakeigenschap_partial_update"];
        trace?: never;
    };
    "/zaken/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Zaken zoeken met een vraag in de inhoud
         * @description Dezelfde zoekvraag als `GET /zaken`, maar in de inhoud van het verzoek; daarnaast `uuid__in`, `zaaktype__in` en zoeken op ligging met `zaakgeometrie.within` (een GeoJSON-vlak waarbinnen de geometrie van de zaak moet liggen).
         */
        post: operations["zaak__zoek"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        AardRelatieEnum: "vervolg" | "onderwerp" | "bijdrage";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        AardRelatieWeergaveEnum: "Hoort bij, omgekeerd: kent" | "Legt vast, omgekeerd: kan vastgelegd zijn als";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        ArchiefnominatieEnum: "blijvend_bewaren" | "vernietigen";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        ArchiefstatusEnum: "nog_te_archiveren" | "gearchiveerd" | "gearchiveerd_procestermijn_onbekend" | "overgedragen";
        /** @description Zie de velden hieronder. */
        AuditTrail: {
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            uuid?: string;
            /** @description Het gegeven `bron`. */
            bron: components["schemas"]["BronEnum"];
            /** @description Het gegeven `applicatieId`. */
            applicatieId?: string;
            /** @description Het gegeven `applicatieWeergave`. */
            applicatieWeergave?: string;
            /** @description Het gegeven `gebruikersId`. */
            gebruikersId?: string;
            /** @description Het gegeven `gebruikersWeergave`. */
            gebruikersWeergave?: string;
            /** @description Het gegeven `actie`. */
            actie: string;
            /** @description Het gegeven `actieWeergave`. */
            actieWeergave?: string;
            /** @description Het gegeven `resultaat`. */
            resultaat: number;
            /**
             * Format: uri
             * @description Het gegeven `hoofdObject`.
             */
            hoofdObject: string;
            /** @description Het gegeven `resource`. */
            resource: string;
            /**
             * Format: uri
             * @description Het gegeven `resourceUrl`.
             */
            resourceUrl: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Het gegeven `resourceWeergave`. */
            resourceWeergave: string;
            /**
             * Format: date-time
             * @description Het gegeven `aanmaakdatum`.
             */
            readonly aanmaakdatum: string;
            /** @description Het gegeven `wijzigingen`. */
            wijzigingen: components["schemas"]["Wijzigingen"];
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        BetalingsindicatieEnum: "nvt" | "nog_niet" | "gedeeltelijk" | "geheel";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        BetrokkeneTypeEnum: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | "organisatorische_eenheid" | "medewerker";
        /**
         * @description Zie de velden hieronder.
         * @enum {unknown}
         */
        BlankEnum: "";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        BronEnum: "ac" | "nrc" | "zrc" | "ztc" | "drc" | "brc" | "cmc" | "kc" | "vrc";
        /** @description Zie de velden hieronder. */
        ContactPersoonRol: {
            /**
             * Format: email
             * @description Het gegeven `emailadres`.
             */
            emailadres?: string;
            /** @description Het gegeven `functie`. */
            functie?: string;
            /** @description Het gegeven `telefoonnummer`. */
            telefoonnummer?: string;
            /** @description Het gegeven `naam`. */
            naam: string;
        } | null;
        /** @description Zie de velden hieronder. */
        FieldValidationError: {
            /** @description Het gegeven `name`. */
            name: string;
            /** @description Het gegeven `code`. */
            code: string;
            /** @description Het gegeven `reason`. */
            reason: string;
        };
        /** @description Zie de velden hieronder. */
        Fout: {
            /** @description Het gegeven `type`. */
            type?: string;
            /** @description Het gegeven `code`. */
            code: string;
            /** @description Het gegeven `title`. */
            title: string;
            /** @description Het gegeven `status`. */
            status: number;
            /** @description Het gegeven `detail`. */
            detail: string;
            /** @description Het gegeven `instance`. */
            instance: string;
        };
        /** @description Zie de velden hieronder. */
        GeoJSONGeometry: components["schemas"]["Point"] | components["schemas"]["MultiPoint"] | components["schemas"]["LineString"] | components["schemas"]["MultiLineString"] | components["schemas"]["Polygon"] | components["schemas"]["MultiPolygon"] | components["schemas"]["GeometryCollection"];
        /** @description Zie de velden hieronder. */
        GeoWithin: {
            /** @description Het gegeven `within`. */
            within?: Omit<components["schemas"]["GeoJSONGeometry"], "type">;
        };
        /** @description Zie de velden hieronder. */
        Geometry: {
            /** @description Het gegeven `type`. */
            type: components["schemas"]["GeometryTypeEnum"];
        };
        /** @description Zie de velden hieronder. */
        GeometryCollection: components["schemas"]["Geometry"] & {
            geometries: components["schemas"]["Geometry"][];
            /** @enum {string} */
            type?: "GeometryCollection";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "GeometryCollection";
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        GeometryTypeEnum: "Point" | "MultiPoint" | "LineString" | "MultiLineString" | "Polygon" | "MultiPolygon" | "Feature" | "FeatureCollection" | "GeometryCollection";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        GeslachtsaanduidingEnum: "m" | "v" | "o";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        IndicatieMachtigingEnum: "gemachtigde" | "machtiginggever";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        InnRechtsvormEnum: "besloten_vennootschap" | "cooperatie_europees_economische_samenwerking" | "europese_cooperatieve_venootschap" | "europese_naamloze_vennootschap" | "kerkelijke_organisatie" | "naamloze_vennootschap" | "onderlinge_waarborg_maatschappij" | "overig_privaatrechtelijke_rechtspersoon" | "stichting" | "vereniging" | "vereniging_van_eigenaars" | "publiekrechtelijke_rechtspersoon" | "vennootschap_onder_firma" | "maatschap" | "rederij" | "commanditaire_vennootschap" | "kapitaalvennootschap_binnen_eer" | "overige_buitenlandse_rechtspersoon_vennootschap" | "kapitaalvennootschap_buiten_eer";
        /** @description Zie de velden hieronder. */
        KlantContact: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie?: string;
            /**
             * Format: date-time
             * @description Het gegeven `datumtijd`.
             */
            datumtijd: string;
            /** @description Het gegeven `kanaal`. */
            kanaal?: string;
            /** @description Het gegeven `onderwerp`. */
            onderwerp?: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
        };
        /** @description Zie de velden hieronder. */
        LineString: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][];
            /** @enum {string} */
            type?: "LineString";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "LineString";
        };
        /** @description Zie de velden hieronder. */
        MultiLineString: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][];
            /** @enum {string} */
            type?: "MultiLineString";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiLineString";
        };
        /** @description Zie de velden hieronder. */
        MultiPoint: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][];
            /** @enum {string} */
            type?: "MultiPoint";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiPoint";
        };
        /** @description Zie de velden hieronder. */
        MultiPolygon: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][][];
            /** @enum {string} */
            type?: "MultiPolygon";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiPolygon";
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {unknown}
         */
        NullEnum: null;
        /** @description Zie de velden hieronder. */
        ObjectAdres: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `wplWoonplaatsNaam`. */
            wplWoonplaatsNaam: string;
            /** @description Het gegeven `gorOpenbareRuimteNaam`. */
            gorOpenbareRuimteNaam: string;
            /** @description Het gegeven `huisnummer`. */
            huisnummer: number;
            /** @description Het gegeven `huisletter`. */
            huisletter?: string;
            /** @description Het gegeven `huisnummertoevoeging`. */
            huisnummertoevoeging?: string;
            /** @description Het gegeven `postcode`. */
            postcode?: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectBuurt: {
            /** @description Het gegeven `buurtCode`. */
            buurtCode: string;
            /** @description Het gegeven `buurtNaam`. */
            buurtNaam: string;
            /** @description Het gegeven `gemGemeenteCode`. */
            gemGemeenteCode: string;
            /** @description Het gegeven `wykWijkCode`. */
            wykWijkCode: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectGemeente: {
            /** @description Het gegeven `gemeenteNaam`. */
            gemeenteNaam: string;
            /** @description Het gegeven `gemeenteCode`. */
            gemeenteCode: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectGemeentelijkeOpenbareRuimte: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `openbareRuimteNaam`. */
            openbareRuimteNaam: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectHuishouden: {
            /** @description Het gegeven `nummer`. */
            nummer: string;
            /** @description Het gegeven `isGehuisvestIn`. */
            isGehuisvestIn?: components["schemas"]["ObjectTerreinGebouwdObject"] | null;
        };
        /** @description Zie de velden hieronder. */
        ObjectInrichtingselement: {
            /** @description Het gegeven `type`. */
            type: components["schemas"]["ObjectInrichtingselementTypeEnum"];
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `naam`. */
            naam?: string;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        ObjectInrichtingselementTypeEnum: "bak" | "bord" | "installatie" | "kast" | "mast" | "paal" | "sensor" | "straatmeubilair" | "waterinrichtingselement" | "weginrichtingselement";
        /** @description Zie de velden hieronder. */
        ObjectKadastraleOnroerendeZaak: {
            /** @description Het gegeven `kadastraleIdentificatie`. */
            kadastraleIdentificatie: string;
            /** @description Het gegeven `kadastraleAanduiding`. */
            kadastraleAanduiding: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectKunstwerkdeel: {
            /** @description Het gegeven `type`. */
            type: components["schemas"]["ObjectKunstwerkdeelTypeEnum"];
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `naam`. */
            naam: string;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        ObjectKunstwerkdeelTypeEnum: "keermuur" | "overkluizing" | "duiker" | "faunavoorziening" | "vispassage" | "bodemval" | "coupure" | "ponton" | "voorde" | "hoogspanningsmast" | "gemaal" | "perron" | "sluis" | "strekdam" | "steiger" | "stuw";
        /** @description Zie de velden hieronder. */
        ObjectMaatschappelijkeActiviteit: {
            /** @description Het gegeven `kvkNummer`. */
            kvkNummer: string;
            /** @description Het gegeven `handelsnaam`. */
            handelsnaam: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectOpenbareRuimte: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `wplWoonplaatsNaam`. */
            wplWoonplaatsNaam: string;
            /** @description Het gegeven `gorOpenbareRuimteNaam`. */
            gorOpenbareRuimteNaam: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectOverige: {
            /** @description Het gegeven `overigeData`. */
            overigeData: {
                [key: string]: unknown;
            };
        };
        /** @description Zie de velden hieronder. */
        ObjectPand: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectSpoorbaandeel: {
            /** @description Het gegeven `type`. */
            type: components["schemas"]["ObjectSpoorbaandeelTypeEnum"];
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `naam`. */
            naam?: string;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        ObjectSpoorbaandeelTypeEnum: "breedspoor" | "normaalspoor" | "smalspoor" | "spoorbaan";
        /** @description Zie de velden hieronder. */
        ObjectTerreinGebouwdObject: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `adresAanduidingGrp`. */
            adresAanduidingGrp?: components["schemas"]["TerreinGebouwdObjectAdres"] | null;
        };
        /** @description Zie de velden hieronder. */
        ObjectTerreindeel: {
            /** @description Het gegeven `type`. */
            type: string;
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `naam`. */
            naam?: string;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        ObjectTypeEnum: "adres" | "besluit" | "buurt" | "enkelvoudig_document" | "gemeente" | "gemeentelijke_openbare_ruimte" | "huishouden" | "inrichtingselement" | "kadastrale_onroerende_zaak" | "kunstwerkdeel" | "maatschappelijke_activiteit" | "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "openbare_ruimte" | "organisatorische_eenheid" | "pand" | "spoorbaandeel" | "status" | "terreindeel" | "terrein_gebouwd_object" | "vestiging" | "waterdeel" | "wegdeel" | "wijk" | "woonplaats" | "woz_deelobject" | "woz_object" | "woz_waarde" | "zakelijk_recht" | "overige";
        /** @description Zie de velden hieronder. */
        ObjectTypeOverigeDefinitie: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            url: string;
            /** @description Het gegeven `schema`. */
            schema: string;
            /** @description Het gegeven `objectData`. */
            objectData: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectWaterdeel: {
            /** @description Het gegeven `typeWaterdeel`. */
            typeWaterdeel: components["schemas"]["TypeWaterdeelEnum"];
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `naam`. */
            naam?: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectWegdeel: {
            /** @description Het gegeven `type`. */
            type: string;
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `naam`. */
            naam?: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectWijk: {
            /** @description Het gegeven `wijkCode`. */
            wijkCode: string;
            /** @description Het gegeven `wijkNaam`. */
            wijkNaam: string;
            /** @description Het gegeven `gemGemeenteCode`. */
            gemGemeenteCode: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectWoonplaats: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `woonplaatsNaam`. */
            woonplaatsNaam: string;
        };
        /** @description Zie de velden hieronder. */
        ObjectWozDeelobject: {
            /** @description Het gegeven `nummerWozDeelObject`. */
            nummerWozDeelObject: string;
            /** @description Het gegeven `isOnderdeelVan`. */
            isOnderdeelVan?: components["schemas"]["ObjectWozObject"];
        };
        /** @description Zie de velden hieronder. */
        ObjectWozObject: {
            /** @description Het gegeven `wozObjectNummer`. */
            wozObjectNummer: string;
            /** @description Het gegeven `aanduidingWozObject`. */
            aanduidingWozObject?: components["schemas"]["WozObjectAdres"] | null;
        };
        /** @description Zie de velden hieronder. */
        ObjectWozWaarde: {
            /** @description Het gegeven `waardepeildatum`. */
            waardepeildatum: string;
            /** @description Het gegeven `isVoor`. */
            isVoor?: components["schemas"]["ObjectWozObject"];
        };
        /** @description Zie de velden hieronder. */
        ObjectZakelijkRecht: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `avgAard`. */
            avgAard: string;
            /** @description Het gegeven `heeftBetrekkingOp`. */
            heeftBetrekkingOp?: components["schemas"]["ObjectKadastraleOnroerendeZaak"];
            /** @description Het gegeven `heeftAlsGerechtigde`. */
            heeftAlsGerechtigde?: components["schemas"]["ZakelijkRechtHeeftAlsGerechtigde"];
        };
        /** @description Zie de velden hieronder. */
        Opschorting: {
            /** @description Het gegeven `indicatie`. */
            indicatie: boolean;
            /** @description Het gegeven `reden`. */
            reden: string;
        } | null;
        /** @description Eén pagina uit een lijst (KlantContact). */
        PaginatedKlantContactList: {
            /** @description Het gegeven `count`. */
            count?: number;
            /**
             * Format: uri
             * @description Het gegeven `next`.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `previous`.
             */
            previous?: string | null;
            /** @description Het gegeven `results`. */
            results?: components["schemas"]["KlantContact"][];
        };
        /** @description Eén pagina uit een lijst (Resultaat). */
        PaginatedResultaatList: {
            /** @description Het gegeven `count`. */
            count?: number;
            /**
             * Format: uri
             * @description Het gegeven `next`.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `previous`.
             */
            previous?: string | null;
            /** @description Het gegeven `results`. */
            results?: components["schemas"]["Resultaat"][];
        };
        /** @description Eén pagina uit een lijst (Rol). */
        PaginatedRolList: {
            /** @description Het gegeven `count`. */
            count?: number;
            /**
             * Format: uri
             * @description Het gegeven `next`.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `previous`.
             */
            previous?: string | null;
            /** @description Het gegeven `results`. */
            results?: components["schemas"]["Rol"][];
        };
        /** @description Eén pagina uit een lijst (Status). */
        PaginatedStatusList: {
            /** @description Het gegeven `count`. */
            count?: number;
            /**
             * Format: uri
             * @description Het gegeven `next`.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `previous`.
             */
            previous?: string | null;
            /** @description Het gegeven `results`. */
            results?: components["schemas"]["Status"][];
        };
        /** @description Eén pagina uit een lijst (Zaak). */
        PaginatedZaakList: {
            /** @description Het gegeven `count`. */
            count?: number;
            /**
             * Format: uri
             * @description Het gegeven `next`.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `previous`.
             */
            previous?: string | null;
            /** @description Het gegeven `results`. */
            results?: components["schemas"]["ZaakExpanded"][];
        };
        /** @description Eén pagina uit een lijst (ZaakObject). */
        PaginatedZaakObjectList: {
            /** @description Het gegeven `count`. */
            count?: number;
            /**
             * Format: uri
             * @description Het gegeven `next`.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `previous`.
             */
            previous?: string | null;
            /** @description Het gegeven `results`. */
            results?: components["schemas"]["ZaakObject"][];
        };
        /** @description Zie de velden hieronder. */
        PatchedResultaat: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak?: string;
            /**
             * Format: uri
             * @description Het gegeven `resultaattype`.
             */
            resultaattype?: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedZaak: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid?: string;
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie?: string;
            /** @description Het gegeven `bronorganisatie`. */
            bronorganisatie?: string;
            /** @description Een korte omschrijving. */
            omschrijving?: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /**
             * Format: uri
             * @description Het gegeven `zaaktype`.
             */
            zaaktype?: string;
            /**
             * Format: date
             * @description De dag (of het moment) waarop dit object is vastgelegd.
             */
            registratiedatum?: string;
            /** @description Het gegeven `verantwoordelijkeOrganisatie`. */
            verantwoordelijkeOrganisatie?: string;
            /**
             * Format: date
             * @description Het gegeven `startdatum`.
             */
            startdatum?: string;
            /**
             * Format: date
             * @description Het gegeven `einddatum`.
             */
            readonly einddatum?: string | null;
            /**
             * Format: date
             * @description Het gegeven `einddatumGepland`.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description Het gegeven `uiterlijkeEinddatumAfdoening`.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Het gegeven `publicatiedatum`.
             */
            publicatiedatum?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `communicatiekanaal`.
             */
            communicatiekanaal?: string;
            /** @description Het gegeven `productenOfDiensten`. */
            productenOfDiensten?: string[];
            /** @description Het gegeven `vertrouwelijkheidaanduiding`. */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /** @description Het gegeven `betalingsindicatie`. */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Het gegeven `betalingsindicatieWeergave`. */
            readonly betalingsindicatieWeergave?: string;
            /**
             * Format: date-time
             * @description Het gegeven `laatsteBetaaldatum`.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Het gegeven `zaakgeometrie`. */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Het gegeven `verlenging`. */
            verlenging?: components["schemas"]["Verlenging"] | null;
            /** @description Het gegeven `opschorting`. */
            opschorting?: components["schemas"]["Opschorting"] | null;
            /**
             * Format: uri
             * @description Het gegeven `selectielijstklasse`.
             */
            selectielijstklasse?: string;
            /**
             * Format: uri
             * @description Het gegeven `hoofdzaak`.
             */
            hoofdzaak?: string | null;
            /** @description Het gegeven `deelzaken`. */
            readonly deelzaken?: string[];
            /** @description Het gegeven `relevanteAndereZaken`. */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaak"][];
            /** @description Het gegeven `eigenschappen`. */
            readonly eigenschappen?: string[];
            /** @description Het gegeven `rollen`. */
            readonly rollen?: string[];
            /**
             * Format: uri
             * @description Het gegeven `status`.
             */
            readonly status?: string | null;
            /** @description Het gegeven `zaakinformatieobjecten`. */
            readonly zaakinformatieobjecten?: string[];
            /** @description Het gegeven `zaakobjecten`. */
            readonly zaakobjecten?: string[];
            /** @description Het gegeven `kenmerken`. */
            kenmerken?: components["schemas"]["ZaakKenmerk"][];
            /** @description Het gegeven `archiefnominatie`. */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /** @description Het gegeven `archiefstatus`. */
            archiefstatus?: components["schemas"]["ArchiefstatusEnum"];
            /**
             * Format: date
             * @description Het gegeven `archiefactiedatum`.
             */
            archiefactiedatum?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `resultaat`.
             */
            readonly resultaat?: string | null;
            /** @description Het gegeven `opdrachtgevendeOrganisatie`. */
            opdrachtgevendeOrganisatie?: string;
            /** @description Het gegeven `processobjectaard`. */
            processobjectaard?: string | null;
            /**
             * Format: date
             * @description Het gegeven `startdatumBewaartermijn`.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Het gegeven `processobject`. */
            processobject?: components["schemas"]["Processobject"] | null;
        };
        /** @description Zie de velden hieronder. */
        PatchedZaakEigenschap: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak?: string;
            /**
             * Format: uri
             * @description Het gegeven `eigenschap`.
             */
            eigenschap?: string;
            /** @description Het gegeven `naam`. */
            readonly naam?: string;
            /** @description Het gegeven `waarde`. */
            waarde?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedZaakInformatieObject: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het gegeven `informatieobject`.
             */
            informatieobject?: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak?: string;
            /** @description Het gegeven `aardRelatieWeergave`. */
            readonly aardRelatieWeergave?: components["schemas"]["AardRelatieWeergaveEnum"];
            /** @description Het gegeven `titel`. */
            titel?: string;
            /** @description Het gegeven `beschrijving`. */
            beschrijving?: string;
            /**
             * Format: date-time
             * @description De dag (of het moment) waarop dit object is vastgelegd.
             */
            readonly registratiedatum?: string;
            /**
             * Format: date-time
             * @description Het gegeven `vernietigingsdatum`.
             */
            vernietigingsdatum?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `status`.
             */
            status?: string | null;
        };
        /** @description Zie de velden hieronder. */
        PatchedZaakObject: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak?: string;
            /**
             * Format: uri
             * @description Het gegeven `object`.
             */
            object?: string;
            /**
             * Format: uri
             * @description Het gegeven `zaakobjecttype`.
             */
            zaakobjecttype?: string;
            /** @description Het gegeven `objectType`. */
            objectType?: components["schemas"]["ObjectTypeEnum"];
            /** @description Het gegeven `objectTypeOverige`. */
            objectTypeOverige?: string;
            /** @description Het gegeven `objectTypeOverigeDefinitie`. */
            objectTypeOverigeDefinitie?: components["schemas"]["ObjectTypeOverigeDefinitie"] | null;
            /** @description Het gegeven `relatieomschrijving`. */
            relatieomschrijving?: string;
        };
        /** @description Zie de velden hieronder. */
        Point: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"];
            /** @enum {string} */
            type?: "Point";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Point";
        };
        /** @description Zie de velden hieronder. */
        Point2D: number[];
        /** @description Zie de velden hieronder. */
        Polygon: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][];
            /** @enum {string} */
            type?: "Polygon";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Polygon";
        };
        /** @description Zie de velden hieronder. */
        Processobject: {
            /** @description Het gegeven `datumkenmerk`. */
            datumkenmerk: string;
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie: string;
            /** @description Het gegeven `objecttype`. */
            objecttype: string;
            /** @description Het gegeven `registratie`. */
            registratie: string;
        } | null;
        /** @description Zie de velden hieronder. */
        RelevanteZaak: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            url: string;
            /** @description Het gegeven `aardRelatie`. */
            aardRelatie: components["schemas"]["AardRelatieEnum"];
        };
        /** @description Zie de velden hieronder. */
        Resultaat: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `resultaattype`.
             */
            resultaattype: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
        };
        /** @description Zie de velden hieronder. */
        ResultaatExpanded: components["schemas"]["Resultaat"] & {
            _expand?: components["schemas"]["ResultaatEmbedded"];
        };
        /** @description Zie de velden hieronder. */
        ResultaatEmbedded: {
            zaak?: components["schemas"]["ZaakExpanded"];
            /** @description Het resultaattype uit de Catalogi API, zoals die API het geeft (zie haar contract). */
            resultaattype?: {
                /** Format: uri */
                url?: string;
            };
        };
        /** @description Zie de velden hieronder. */
        Rol: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `betrokkene`.
             */
            betrokkene?: string;
            /** @description Het gegeven `betrokkeneType`. */
            betrokkeneType: components["schemas"]["BetrokkeneTypeEnum"];
            /** @description Het gegeven `afwijkendeNaamBetrokkene`. */
            afwijkendeNaamBetrokkene?: string;
            /**
             * Format: uri
             * @description Het gegeven `roltype`.
             */
            roltype: string;
            /** @description Een korte omschrijving. */
            readonly omschrijving: string;
            /** @description Het gegeven `omschrijvingGeneriek`. */
            readonly omschrijvingGeneriek: string;
            /** @description Het gegeven `roltoelichting`. */
            roltoelichting: string;
            /**
             * Format: date-time
             * @description De dag (of het moment) waarop dit object is vastgelegd.
             */
            readonly registratiedatum: string;
            /** @description Het gegeven `indicatieMachtiging`. */
            indicatieMachtiging?: components["schemas"]["IndicatieMachtigingEnum"] | components["schemas"]["BlankEnum"];
            /** @description Het gegeven `contactpersoonRol`. */
            contactpersoonRol?: components["schemas"]["ContactPersoonRol"] | null;
            /** @description Het gegeven `statussen`. */
            readonly statussen: string[];
            _expand?: components["schemas"]["RolEmbedded"];
        };
        /** @description Zie de velden hieronder. */
        RolExpanded: {
            betrokkeneType: "RolExpanded";
        } & (Omit<components["schemas"]["Rol"], "betrokkeneType"> & {
            _expand?: components["schemas"]["RolEmbedded"];
        });
        /** @description Zie de velden hieronder. */
        RolEmbedded: {
            zaak?: components["schemas"]["ZaakExpanded"];
            /** @description Het roltype uit de Catalogi API, zoals die API het geeft (zie haar contract). */
            roltype?: {
                /** Format: uri */
                url?: string;
            };
            /** @description Het gegeven `statussen`. */
            statussen?: components["schemas"]["StatusExpanded"][];
        };
        /** @description Zie de velden hieronder. */
        RolMedewerker: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie?: string;
            /** @description Het gegeven `achternaam`. */
            achternaam?: string;
            /** @description Het gegeven `voorletters`. */
            voorletters?: string;
            /** @description Het gegeven `voorvoegselAchternaam`. */
            voorvoegselAchternaam?: string;
        };
        /** @description Zie de velden hieronder. */
        RolNatuurlijkPersoon: {
            /** @description Het gegeven `inpBsn`. */
            inpBsn?: string;
            /** @description Het gegeven `anpIdentificatie`. */
            anpIdentificatie?: string;
            /** @description Het gegeven `inpA_nummer`. */
            inpA_nummer?: string;
            /** @description Het gegeven `geslachtsnaam`. */
            geslachtsnaam?: string;
            /** @description Het gegeven `voorvoegselGeslachtsnaam`. */
            voorvoegselGeslachtsnaam?: string;
            /** @description Het gegeven `voorletters`. */
            voorletters?: string;
            /** @description Het gegeven `voornamen`. */
            voornamen?: string;
            /** @description Het gegeven `geslachtsaanduiding`. */
            geslachtsaanduiding?: components["schemas"]["GeslachtsaanduidingEnum"] | components["schemas"]["BlankEnum"];
            /** @description Het gegeven `geboortedatum`. */
            geboortedatum?: string;
            /** @description Het gegeven `verblijfsadres`. */
            verblijfsadres?: components["schemas"]["VerblijfsAdres"] | null;
            /** @description Het gegeven `subVerblijfBuitenland`. */
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenland"] | null;
        };
        /** @description Zie de velden hieronder. */
        RolNietNatuurlijkPersoon: {
            /** @description Het gegeven `innNnpId`. */
            innNnpId?: string;
            /** @description Het gegeven `annIdentificatie`. */
            annIdentificatie?: string;
            /** @description Het gegeven `statutaireNaam`. */
            statutaireNaam?: string;
            /** @description Het gegeven `innRechtsvorm`. */
            innRechtsvorm?: components["schemas"]["InnRechtsvormEnum"] | components["schemas"]["BlankEnum"];
            /** @description Het gegeven `bezoekadres`. */
            bezoekadres?: string;
            /** @description Het gegeven `subVerblijfBuitenland`. */
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenland"] | null;
        };
        /** @description Zie de velden hieronder. */
        RolOrganisatorischeEenheid: {
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie?: string;
            /** @description Het gegeven `naam`. */
            naam?: string;
            /** @description Het gegeven `isGehuisvestIn`. */
            isGehuisvestIn?: string;
        };
        /** @description Zie de velden hieronder. */
        RolVestiging: {
            /** @description Het gegeven `vestigingsNummer`. */
            vestigingsNummer?: string;
            /** @description Het gegeven `handelsnaam`. */
            handelsnaam?: string[];
            /** @description Het gegeven `verblijfsadres`. */
            verblijfsadres?: components["schemas"]["VerblijfsAdres"] | null;
            /** @description Het gegeven `subVerblijfBuitenland`. */
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenland"] | null;
            /** @description Het gegeven `kvkNummer`. */
            kvkNummer?: string;
        };
        /** @description Zie de velden hieronder. */
        Status: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `statustype`.
             */
            statustype: string;
            /**
             * Format: date-time
             * @description Het gegeven `datumStatusGezet`.
             */
            datumStatusGezet: string;
            /** @description Het gegeven `statustoelichting`. */
            statustoelichting?: string;
            /** @description Het gegeven `indicatieLaatstGezetteStatus`. */
            readonly indicatieLaatstGezetteStatus: boolean;
            /**
             * Format: uri
             * @description Het gegeven `gezetdoor`.
             */
            gezetdoor?: string;
            /** @description Het gegeven `zaakinformatieobjecten`. */
            readonly zaakinformatieobjecten: string[];
        };
        /** @description Zie de velden hieronder. */
        StatusExpanded: components["schemas"]["Status"] & {
            _expand?: components["schemas"]["StatusEmbedded"];
        };
        /** @description Zie de velden hieronder. */
        StatusEmbedded: {
            /** @description Het statustype uit de Catalogi API, zoals die API het geeft (zie haar contract). */
            statustype?: {
                /** Format: uri */
                url?: string;
            };
            gezetdoor?: components["schemas"]["Rol"];
            /** @description Het gegeven `zaakinformatieobjecten`. */
            zaakinformatieobjecten?: components["schemas"]["ZaakInformatieObject"][];
        };
        /** @description Zie de velden hieronder. */
        StatusRequestbody: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `statustype`.
             */
            statustype: string;
            /**
             * Format: date-time
             * @description Het gegeven `datumStatusGezet`.
             */
            datumStatusGezet: string;
            /** @description Het gegeven `statustoelichting`. */
            statustoelichting?: string;
            /** @description Het gegeven `indicatieLaatstGezetteStatus`. */
            readonly indicatieLaatstGezetteStatus: boolean;
            /**
             * Format: uri
             * @description Het gegeven `gezetdoor`.
             */
            gezetdoor?: string;
        };
        /** @description Zie de velden hieronder. */
        SubVerblijfBuitenland: {
            /** @description Het gegeven `lndLandcode`. */
            lndLandcode: string;
            /** @description Het gegeven `lndLandnaam`. */
            lndLandnaam: string;
            /** @description Het gegeven `subAdresBuitenland_1`. */
            subAdresBuitenland_1?: string;
            /** @description Het gegeven `subAdresBuitenland_2`. */
            subAdresBuitenland_2?: string;
            /** @description Het gegeven `subAdresBuitenland_3`. */
            subAdresBuitenland_3?: string;
        };
        /** @description Zie de velden hieronder. */
        TerreinGebouwdObjectAdres: {
            /** @description Het gegeven `numIdentificatie`. */
            numIdentificatie?: string;
            /** @description Het gegeven `oaoIdentificatie`. */
            oaoIdentificatie: string;
            /** @description Het gegeven `wplWoonplaatsNaam`. */
            wplWoonplaatsNaam: string;
            /** @description Het gegeven `gorOpenbareRuimteNaam`. */
            gorOpenbareRuimteNaam: string;
            /** @description Het gegeven `aoaPostcode`. */
            aoaPostcode?: string;
            /** @description Het gegeven `aoaHuisnummer`. */
            aoaHuisnummer: number;
            /** @description Het gegeven `aoaHuisletter`. */
            aoaHuisletter?: string;
            /** @description Het gegeven `aoaHuisnummertoevoeging`. */
            aoaHuisnummertoevoeging?: string;
            /** @description Het gegeven `ogoLocatieAanduiding`. */
            ogoLocatieAanduiding?: string;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        TypeWaterdeelEnum: "zee" | "waterloop" | "watervlakte" | "greppel_droge_sloot";
        /** @description Zie de velden hieronder. */
        ValidatieFout: {
            /** @description Het gegeven `type`. */
            type?: string;
            /** @description Het gegeven `code`. */
            code: string;
            /** @description Het gegeven `title`. */
            title: string;
            /** @description Het gegeven `status`. */
            status: number;
            /** @description Het gegeven `detail`. */
            detail: string;
            /** @description Het gegeven `instance`. */
            instance: string;
            /** @description Het gegeven `invalidParams`. */
            invalidParams: components["schemas"]["FieldValidationError"][];
        };
        /** @description Zie de velden hieronder. */
        VerblijfsAdres: {
            /** @description Het gegeven `aoaIdentificatie`. */
            aoaIdentificatie: string;
            /** @description Het gegeven `wplWoonplaatsNaam`. */
            wplWoonplaatsNaam: string;
            /** @description Het gegeven `gorOpenbareRuimteNaam`. */
            gorOpenbareRuimteNaam: string;
            /** @description Het gegeven `aoaPostcode`. */
            aoaPostcode?: string;
            /** @description Het gegeven `aoaHuisnummer`. */
            aoaHuisnummer: number;
            /** @description Het gegeven `aoaHuisletter`. */
            aoaHuisletter?: string;
            /** @description Het gegeven `aoaHuisnummertoevoeging`. */
            aoaHuisnummertoevoeging?: string;
            /** @description Het gegeven `inpLocatiebeschrijving`. */
            inpLocatiebeschrijving?: string;
        };
        /** @description Zie de velden hieronder. */
        Verlenging: {
            /** @description Het gegeven `reden`. */
            reden: string;
            /**
             * Format: duration
             * @description Het gegeven `duur`.
             */
            duur: string;
        } | null;
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        VertrouwelijkheidaanduidingEnum: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
        /** @description Zie de velden hieronder. */
        Wijzigingen: {
            /** @description Het gegeven `oud`. */
            oud?: {
                [key: string]: unknown;
            };
            /** @description Het gegeven `nieuw`. */
            nieuw?: {
                [key: string]: unknown;
            };
        };
        /** @description Zie de velden hieronder. */
        WozObjectAdres: {
            /** @description Het gegeven `aoaIdentificatie`. */
            aoaIdentificatie: string;
            /** @description Het gegeven `wplWoonplaatsNaam`. */
            wplWoonplaatsNaam: string;
            /** @description Het gegeven `gorOpenbareRuimteNaam`. */
            gorOpenbareRuimteNaam: string;
            /** @description Het gegeven `aoaPostcode`. */
            aoaPostcode?: string;
            /** @description Het gegeven `aoaHuisnummer`. */
            aoaHuisnummer: number;
            /** @description Het gegeven `aoaHuisletter`. */
            aoaHuisletter?: string;
            /** @description Het gegeven `aoaHuisnummertoevoeging`. */
            aoaHuisnummertoevoeging?: string;
            /** @description Het gegeven `locatieOmschrijving`. */
            locatieOmschrijving?: string;
        };
        /** @description Zie de velden hieronder. */
        Zaak: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie?: string;
            /** @description Het gegeven `bronorganisatie`. */
            bronorganisatie: string;
            /** @description Een korte omschrijving. */
            omschrijving?: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /**
             * Format: uri
             * @description Het gegeven `zaaktype`.
             */
            zaaktype: string;
            /**
             * Format: date
             * @description De dag (of het moment) waarop dit object is vastgelegd.
             */
            registratiedatum?: string;
            /** @description Het gegeven `verantwoordelijkeOrganisatie`. */
            verantwoordelijkeOrganisatie: string;
            /**
             * Format: date
             * @description Het gegeven `startdatum`.
             */
            startdatum: string;
            /**
             * Format: date
             * @description Het gegeven `einddatum`.
             */
            readonly einddatum: string | null;
            /**
             * Format: date
             * @description Het gegeven `einddatumGepland`.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description Het gegeven `uiterlijkeEinddatumAfdoening`.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Het gegeven `publicatiedatum`.
             */
            publicatiedatum?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `communicatiekanaal`.
             */
            communicatiekanaal?: string;
            /** @description Het gegeven `productenOfDiensten`. */
            productenOfDiensten?: string[];
            /** @description Het gegeven `vertrouwelijkheidaanduiding`. */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /** @description Het gegeven `betalingsindicatie`. */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Het gegeven `betalingsindicatieWeergave`. */
            readonly betalingsindicatieWeergave: string;
            /**
             * Format: date-time
             * @description Het gegeven `laatsteBetaaldatum`.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Het gegeven `zaakgeometrie`. */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Het gegeven `verlenging`. */
            verlenging?: components["schemas"]["Verlenging"] | null;
            /** @description Het gegeven `opschorting`. */
            opschorting?: components["schemas"]["Opschorting"] | null;
            /**
             * Format: uri
             * @description Het gegeven `selectielijstklasse`.
             */
            selectielijstklasse?: string;
            /**
             * Format: uri
             * @description Het gegeven `hoofdzaak`.
             */
            hoofdzaak?: string | null;
            /** @description Het gegeven `deelzaken`. */
            readonly deelzaken: string[];
            /** @description Het gegeven `relevanteAndereZaken`. */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaak"][];
            /** @description Het gegeven `eigenschappen`. */
            readonly eigenschappen: string[];
            /** @description Het gegeven `rollen`. */
            readonly rollen: string[];
            /**
             * Format: uri
             * @description Het gegeven `status`.
             */
            readonly status: string | null;
            /** @description Het gegeven `zaakinformatieobjecten`. */
            readonly zaakinformatieobjecten: string[];
            /** @description Het gegeven `zaakobjecten`. */
            readonly zaakobjecten: string[];
            /** @description Het gegeven `kenmerken`. */
            kenmerken?: components["schemas"]["ZaakKenmerk"][];
            /** @description Het gegeven `archiefnominatie`. */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /** @description Het gegeven `archiefstatus`. */
            archiefstatus?: components["schemas"]["ArchiefstatusEnum"];
            /**
             * Format: date
             * @description Het gegeven `archiefactiedatum`.
             */
            archiefactiedatum?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `resultaat`.
             */
            readonly resultaat: string | null;
            /** @description Het gegeven `opdrachtgevendeOrganisatie`. */
            opdrachtgevendeOrganisatie?: string;
            /** @description Het gegeven `processobjectaard`. */
            processobjectaard?: string | null;
            /**
             * Format: date
             * @description Het gegeven `startdatumBewaartermijn`.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Het gegeven `processobject`. */
            processobject?: components["schemas"]["Processobject"] | null;
        };
        /** @description Zie de velden hieronder. */
        ZaakExpanded: components["schemas"]["Zaak"] & {
            _expand?: components["schemas"]["ZaakEmbedded"];
        };
        /** @description Zie de velden hieronder. */
        ZaakEmbedded: {
            /** @description Het zaaktype uit de Catalogi API, zoals die API het geeft (zie haar contract). */
            zaaktype?: {
                /** Format: uri */
                url?: string;
            };
            /** @description Het gegeven `hoofdzaak`. */
            hoofdzaak?: components["schemas"]["ZaakExpanded"] | components["schemas"]["EmptyObject"];
            /** @description Het gegeven `deelzaken`. */
            deelzaken?: components["schemas"]["ZaakExpanded"][];
            /** @description Het gegeven `relevanteAndereZaken`. */
            relevanteAndereZaken?: components["schemas"]["ZaakExpanded"][];
            /** @description Het gegeven `eigenschappen`. */
            eigenschappen?: components["schemas"]["ZaakEigenschap"][];
            /** @description Het gegeven `rollen`. */
            rollen?: components["schemas"]["RolExpanded"][];
            /** @description Het gegeven `status`. */
            status?: components["schemas"]["StatusExpanded"] | components["schemas"]["EmptyObject"];
            /** @description Het gegeven `zaakobjecten`. */
            zaakobjecten?: components["schemas"]["ZaakObject"][];
            /** @description Het gegeven `resultaat`. */
            resultaat?: components["schemas"]["ResultaatExpanded"] | components["schemas"]["EmptyObject"];
        };
        /** @description Zie de velden hieronder. */
        EmptyObject: Record<string, never>;
        /** @description Zie de velden hieronder. */
        ZaakBesluit: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het gegeven `besluit`.
             */
            besluit: string;
        };
        /** @description Zie de velden hieronder. */
        ZaakContactMoment: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `contactmoment`.
             */
            contactmoment: string;
        };
        /** @description Zie de velden hieronder. */
        ZaakEigenschap: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `eigenschap`.
             */
            eigenschap: string;
            /** @description Het gegeven `naam`. */
            readonly naam: string;
            /** @description Het gegeven `waarde`. */
            waarde: string;
        };
        /** @description Zie de velden hieronder. */
        ZaakInformatieObject: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het gegeven `informatieobject`.
             */
            informatieobject: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /** @description Het gegeven `aardRelatieWeergave`. */
            readonly aardRelatieWeergave: components["schemas"]["AardRelatieWeergaveEnum"];
            /** @description Het gegeven `titel`. */
            titel?: string;
            /** @description Het gegeven `beschrijving`. */
            beschrijving?: string;
            /**
             * Format: date-time
             * @description De dag (of het moment) waarop dit object is vastgelegd.
             */
            readonly registratiedatum: string;
            /**
             * Format: date-time
             * @description Het gegeven `vernietigingsdatum`.
             */
            vernietigingsdatum?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `status`.
             */
            status?: string | null;
        };
        /** @description Zie de velden hieronder. */
        ZaakInformatieObjectExpanded: components["schemas"]["ZaakInformatieObject"] & {
            _expand?: components["schemas"]["ZaakInformatieObjectEmbedded"];
        };
        /** @description Zie de velden hieronder. */
        ZaakInformatieObjectEmbedded: {
            status?: components["schemas"]["StatusExpanded"];
        };
        /** @description Zie de velden hieronder. */
        ZaakKenmerk: {
            /** @description Het gegeven `kenmerk`. */
            kenmerk: string;
            /** @description Het gegeven `bron`. */
            bron: string;
        };
        /** @description Zie de velden hieronder. */
        ZaakObject: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `object`.
             */
            object?: string;
            /**
             * Format: uri
             * @description Het gegeven `zaakobjecttype`.
             */
            zaakobjecttype?: string;
            /** @description Het gegeven `objectType`. */
            objectType: components["schemas"]["ObjectTypeEnum"];
            /** @description Het gegeven `objectTypeOverige`. */
            objectTypeOverige?: string;
            /** @description Het gegeven `objectTypeOverigeDefinitie`. */
            objectTypeOverigeDefinitie?: components["schemas"]["ObjectTypeOverigeDefinitie"] | null;
            /** @description Het gegeven `relatieomschrijving`. */
            relatieomschrijving?: string;
            _expand?: components["schemas"]["ZaakObjectEmbedded"];
        };
        /** @description Zie de velden hieronder. */
        ZaakObjectExpanded: {
            objectType: "ZaakObjectExpanded";
        } & (Omit<components["schemas"]["ZaakObject"], "objectType"> & {
            _expand?: components["schemas"]["ZaakObjectEmbedded"];
        });
        /** @description Zie de velden hieronder. */
        ZaakObjectEmbedded: {
            /** @description Het zaakobjecttype uit de Catalogi API, zoals die API het geeft (zie haar contract). */
            zaakobjecttype?: {
                /** Format: uri */
                url?: string;
            };
        };
        /** @description Zie de velden hieronder. */
        ZaakVerzoek: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De unieke sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres van de zaak waar dit object bij hoort.
             */
            zaak: string;
            /**
             * Format: uri
             * @description Het gegeven `verzoek`.
             */
            verzoek: string;
        };
        /** @description Zie de velden hieronder. */
        ZaakZoek: {
            zaakgeometrie?: components["schemas"]["GeoWithin"];
            /** @description Het gegeven `uuid__in`. */
            uuid__in?: string[];
            /** @description Het kenmerk van dit object binnen de organisatie. */
            identificatie?: string;
            /** @description Het gegeven `bronorganisatie`. */
            bronorganisatie?: string;
            /** @description Het gegeven `bronorganisatie__in`. */
            bronorganisatie__in?: string[];
            /** @description Het gegeven `zaaktype`. */
            zaaktype?: string;
            /** @description Het gegeven `zaaktype__in`. */
            zaaktype__in?: string[];
            /**
             * @description Het gegeven `archiefnominatie`.
             * @enum {string}
             */
            archiefnominatie?: "blijvend_bewaren" | "vernietigen";
            /** @description Het gegeven `archiefnominatie__in`. */
            archiefnominatie__in?: string[];
            /** @description Het gegeven `archiefactiedatum`. */
            archiefactiedatum?: string;
            /** @description Het gegeven `archiefactiedatum__isnull`. */
            archiefactiedatum__isnull?: boolean;
            /** @description Het gegeven `archiefactiedatum__lt`. */
            archiefactiedatum__lt?: string;
            /** @description Het gegeven `archiefactiedatum__gt`. */
            archiefactiedatum__gt?: string;
            /**
             * @description Het gegeven `archiefstatus`.
             * @enum {string}
             */
            archiefstatus?: "nog_te_archiveren" | "gearchiveerd" | "gearchiveerd_procestermijn_onbekend" | "overgedragen";
            /** @description Het gegeven `archiefstatus__in`. */
            archiefstatus__in?: string[];
            /** @description Het gegeven `startdatum`. */
            startdatum?: string;
            /** @description Het gegeven `startdatum__gt`. */
            startdatum__gt?: string;
            /** @description Het gegeven `startdatum__gte`. */
            startdatum__gte?: string;
            /** @description Het gegeven `startdatum__lt`. */
            startdatum__lt?: string;
            /** @description Het gegeven `startdatum__lte`. */
            startdatum__lte?: string;
            /** @description De dag (of het moment) waarop dit object is vastgelegd. */
            registratiedatum?: string;
            /** @description Het gegeven `registratiedatum__gt`. */
            registratiedatum__gt?: string;
            /** @description Het gegeven `registratiedatum__lt`. */
            registratiedatum__lt?: string;
            /** @description Het gegeven `einddatum`. */
            einddatum?: string;
            /** @description Het gegeven `einddatum__isnull`. */
            einddatum__isnull?: boolean;
            /** @description Het gegeven `einddatum__gt`. */
            einddatum__gt?: string;
            /** @description Het gegeven `einddatum__lt`. */
            einddatum__lt?: string;
            /** @description Het gegeven `einddatumGepland`. */
            einddatumGepland?: string;
            /** @description Het gegeven `einddatumGepland__gt`. */
            einddatumGepland__gt?: string;
            /** @description Het gegeven `einddatumGepland__lt`. */
            einddatumGepland__lt?: string;
            /** @description Het gegeven `uiterlijkeEinddatumAfdoening`. */
            uiterlijkeEinddatumAfdoening?: string;
            /** @description Het gegeven `uiterlijkeEinddatumAfdoening__gt`. */
            uiterlijkeEinddatumAfdoening__gt?: string;
            /** @description Het gegeven `uiterlijkeEinddatumAfdoening__lt`. */
            uiterlijkeEinddatumAfdoening__lt?: string;
            /**
             * @description Het gegeven `rol__betrokkeneType`.
             * @enum {string}
             */
            rol__betrokkeneType?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | "organisatorische_eenheid" | "medewerker";
            /** @description Het gegeven `rol__betrokkene`. */
            rol__betrokkene?: string;
            /**
             * @description Het gegeven `rol__omschrijvingGeneriek`.
             * @enum {string}
             */
            rol__omschrijvingGeneriek?: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "zaakcoordinator" | "mede_initiator";
            /**
             * @description Het gegeven `maximaleVertrouwelijkheidaanduiding`.
             * @enum {string}
             */
            maximaleVertrouwelijkheidaanduiding?: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
            /** @description Het gegeven `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn`. */
            rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn?: string;
            /** @description Het gegeven `rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie`. */
            rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie?: string;
            /** @description Het gegeven `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer`. */
            rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer?: string;
            /** @description Het gegeven `rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId`. */
            rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId?: string;
            /** @description Het gegeven `rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie`. */
            rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie?: string;
            /** @description Het gegeven `rol__betrokkeneIdentificatie__vestiging__vestigingsNummer`. */
            rol__betrokkeneIdentificatie__vestiging__vestigingsNummer?: string;
            /** @description Het gegeven `rol__betrokkeneIdentificatie__medewerker__identificatie`. */
            rol__betrokkeneIdentificatie__medewerker__identificatie?: string;
            /** @description Het gegeven `rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie`. */
            rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie?: string;
            /** @description Het gegeven `expand`. */
            expand?: string;
            /**
             * @description Het gegeven `ordering`.
             * @enum {string}
             */
            ordering?: "startdatum" | "-startdatum" | "einddatum" | "-einddatum" | "publicatiedatum" | "-publicatiedatum" | "archiefactiedatum" | "-archiefactiedatum" | "registratiedatum" | "-registratiedatum" | "identificatie" | "-identificatie";
        };
        /** @description Zie de velden hieronder. */
        ZakelijkRechtHeeftAlsGerechtigde: {
            /** @description Het gegeven `natuurlijkPersoon`. */
            natuurlijkPersoon?: components["schemas"]["RolNatuurlijkPersoon"];
            /** @description Het gegeven `nietNatuurlijkPersoon`. */
            nietNatuurlijkPersoon?: components["schemas"]["RolNietNatuurlijkPersoon"];
        };
        /** @description Zie de velden hieronder. */
        adres_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectAdres"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "adres";
        };
        /** @description Zie de velden hieronder. */
        adres_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectAdres"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "adres";
        };
        /** @description Zie de velden hieronder. */
        besluit_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "besluit";
        };
        /** @description Zie de velden hieronder. */
        besluit_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "besluit";
        };
        /** @description Zie de velden hieronder. */
        betrokkene_identificatie_RolMedewerker: {
            /** @description Het gegeven `betrokkeneIdentificatie`. */
            betrokkeneIdentificatie?: components["schemas"]["RolMedewerker"];
        };
        /** @description Zie de velden hieronder. */
        betrokkene_identificatie_RolNatuurlijkPersoon: {
            /** @description Het gegeven `betrokkeneIdentificatie`. */
            betrokkeneIdentificatie?: components["schemas"]["RolNatuurlijkPersoon"];
        };
        /** @description Zie de velden hieronder. */
        betrokkene_identificatie_RolNietNatuurlijkPersoon: {
            /** @description Het gegeven `betrokkeneIdentificatie`. */
            betrokkeneIdentificatie?: components["schemas"]["RolNietNatuurlijkPersoon"];
        };
        /** @description Zie de velden hieronder. */
        betrokkene_identificatie_RolOrganisatorischeEenheid: {
            /** @description Het gegeven `betrokkeneIdentificatie`. */
            betrokkeneIdentificatie?: components["schemas"]["RolOrganisatorischeEenheid"];
        };
        /** @description Zie de velden hieronder. */
        betrokkene_identificatie_RolVestiging: {
            /** @description Het gegeven `betrokkeneIdentificatie`. */
            betrokkeneIdentificatie?: components["schemas"]["RolVestiging"];
        };
        /** @description Zie de velden hieronder. */
        buurt_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectBuurt"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "buurt";
        };
        /** @description Zie de velden hieronder. */
        buurt_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectBuurt"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "buurt";
        };
        /** @description Zie de velden hieronder. */
        enkelvoudig_document_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "enkelvoudig_document";
        };
        /** @description Zie de velden hieronder. */
        enkelvoudig_document_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "enkelvoudig_document";
        };
        /** @description Zie de velden hieronder. */
        gemeente_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectGemeente"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeente";
        };
        /** @description Zie de velden hieronder. */
        gemeente_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectGemeente"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeente";
        };
        /** @description Zie de velden hieronder. */
        gemeentelijke_openbare_ruimte_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectGemeentelijkeOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeentelijke_openbare_ruimte";
        };
        /** @description Zie de velden hieronder. */
        gemeentelijke_openbare_ruimte_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectGemeentelijkeOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeentelijke_openbare_ruimte";
        };
        /** @description Zie de velden hieronder. */
        huishouden_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectHuishouden"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "huishouden";
        };
        /** @description Zie de velden hieronder. */
        huishouden_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectHuishouden"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "huishouden";
        };
        /** @description Zie de velden hieronder. */
        inrichtingselement_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectInrichtingselement"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "inrichtingselement";
        };
        /** @description Zie de velden hieronder. */
        inrichtingselement_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectInrichtingselement"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "inrichtingselement";
        };
        /** @description Zie de velden hieronder. */
        kadastrale_onroerende_zaak_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectKadastraleOnroerendeZaak"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kadastrale_onroerende_zaak";
        };
        /** @description Zie de velden hieronder. */
        kadastrale_onroerende_zaak_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectKadastraleOnroerendeZaak"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kadastrale_onroerende_zaak";
        };
        /** @description Zie de velden hieronder. */
        kunstwerkdeel_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectKunstwerkdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kunstwerkdeel";
        };
        /** @description Zie de velden hieronder. */
        kunstwerkdeel_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectKunstwerkdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kunstwerkdeel";
        };
        /** @description Zie de velden hieronder. */
        maatschappelijke_activiteit_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectMaatschappelijkeActiviteit"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "maatschappelijke_activiteit";
        };
        /** @description Zie de velden hieronder. */
        maatschappelijke_activiteit_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectMaatschappelijkeActiviteit"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "maatschappelijke_activiteit";
        };
        /** @description Zie de velden hieronder. */
        medewerker_Rol: Omit<components["schemas"]["Rol"], "betrokkeneType"> & components["schemas"]["betrokkene_identificatie_RolMedewerker"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "medewerker";
        };
        /** @description Zie de velden hieronder. */
        medewerker_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolMedewerker"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "medewerker";
        };
        /** @description Zie de velden hieronder. */
        medewerker_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolMedewerker"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "medewerker";
        };
        /** @description Zie de velden hieronder. */
        natuurlijk_persoon_Rol: Omit<components["schemas"]["Rol"], "betrokkeneType"> & components["schemas"]["betrokkene_identificatie_RolNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "natuurlijk_persoon";
        };
        /** @description Zie de velden hieronder. */
        natuurlijk_persoon_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "natuurlijk_persoon";
        };
        /** @description Zie de velden hieronder. */
        natuurlijk_persoon_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "natuurlijk_persoon";
        };
        /** @description Zie de velden hieronder. */
        niet_natuurlijk_persoon_Rol: Omit<components["schemas"]["Rol"], "betrokkeneType"> & components["schemas"]["betrokkene_identificatie_RolNietNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "niet_natuurlijk_persoon";
        };
        /** @description Zie de velden hieronder. */
        niet_natuurlijk_persoon_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolNietNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "niet_natuurlijk_persoon";
        };
        /** @description Zie de velden hieronder. */
        niet_natuurlijk_persoon_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolNietNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "niet_natuurlijk_persoon";
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectAdres: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectAdres"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectBuurt: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectBuurt"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectGemeente: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectGemeente"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectGemeentelijkeOpenbareRuimte: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectGemeentelijkeOpenbareRuimte"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectHuishouden: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectHuishouden"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectInrichtingselement: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectInrichtingselement"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectKadastraleOnroerendeZaak: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectKadastraleOnroerendeZaak"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectKunstwerkdeel: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectKunstwerkdeel"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectMaatschappelijkeActiviteit: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectMaatschappelijkeActiviteit"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectOpenbareRuimte: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectOpenbareRuimte"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectOverige: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectOverige"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectPand: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectPand"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectSpoorbaandeel: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectSpoorbaandeel"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectTerreinGebouwdObject: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectTerreinGebouwdObject"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectTerreindeel: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectTerreindeel"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectWaterdeel: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectWaterdeel"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectWegdeel: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectWegdeel"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectWijk: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectWijk"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectWoonplaats: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectWoonplaats"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectWozDeelobject: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectWozDeelobject"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectWozObject: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectWozObject"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectWozWaarde: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectWozWaarde"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_ObjectZakelijkRecht: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["ObjectZakelijkRecht"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_RolMedewerker: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["RolMedewerker"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_RolNatuurlijkPersoon: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["RolNatuurlijkPersoon"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_RolNietNatuurlijkPersoon: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["RolNietNatuurlijkPersoon"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_RolOrganisatorischeEenheid: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["RolOrganisatorischeEenheid"];
        };
        /** @description Zie de velden hieronder. */
        object_identificatie_RolVestiging: {
            /** @description Het gegeven `objectIdentificatie`. */
            objectIdentificatie?: components["schemas"]["RolVestiging"];
        };
        /** @description Zie de velden hieronder. */
        openbare_ruimte_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "openbare_ruimte";
        };
        /** @description Zie de velden hieronder. */
        openbare_ruimte_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "openbare_ruimte";
        };
        /** @description Zie de velden hieronder. */
        organisatorische_eenheid_Rol: Omit<components["schemas"]["Rol"], "betrokkeneType"> & components["schemas"]["betrokkene_identificatie_RolOrganisatorischeEenheid"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "organisatorische_eenheid";
        };
        /** @description Zie de velden hieronder. */
        organisatorische_eenheid_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolOrganisatorischeEenheid"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "organisatorische_eenheid";
        };
        /** @description Zie de velden hieronder. */
        organisatorische_eenheid_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolOrganisatorischeEenheid"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "organisatorische_eenheid";
        };
        /** @description Zie de velden hieronder. */
        overige_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectOverige"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "overige";
        };
        /** @description Zie de velden hieronder. */
        overige_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectOverige"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "overige";
        };
        /** @description Zie de velden hieronder. */
        pand_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectPand"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "pand";
        };
        /** @description Zie de velden hieronder. */
        pand_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectPand"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "pand";
        };
        /** @description Zie de velden hieronder. */
        spoorbaandeel_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectSpoorbaandeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "spoorbaandeel";
        };
        /** @description Zie de velden hieronder. */
        spoorbaandeel_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectSpoorbaandeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "spoorbaandeel";
        };
        /** @description Zie de velden hieronder. */
        status_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "status";
        };
        /** @description Zie de velden hieronder. */
        status_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "status";
        };
        /** @description Zie de velden hieronder. */
        terrein_gebouwd_object_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectTerreinGebouwdObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terrein_gebouwd_object";
        };
        /** @description Zie de velden hieronder. */
        terrein_gebouwd_object_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectTerreinGebouwdObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terrein_gebouwd_object";
        };
        /** @description Zie de velden hieronder. */
        terreindeel_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectTerreindeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terreindeel";
        };
        /** @description Zie de velden hieronder. */
        terreindeel_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectTerreindeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terreindeel";
        };
        /** @description Zie de velden hieronder. */
        vestiging_Rol: Omit<components["schemas"]["Rol"], "betrokkeneType"> & components["schemas"]["betrokkene_identificatie_RolVestiging"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "vestiging";
        };
        /** @description Zie de velden hieronder. */
        vestiging_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolVestiging"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "vestiging";
        };
        /** @description Zie de velden hieronder. */
        vestiging_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["betrokkene_identificatie_RolVestiging"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "vestiging";
        };
        /** @description Zie de velden hieronder. */
        waterdeel_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWaterdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "waterdeel";
        };
        /** @description Zie de velden hieronder. */
        waterdeel_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWaterdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "waterdeel";
        };
        /** @description Zie de velden hieronder. */
        wegdeel_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWegdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wegdeel";
        };
        /** @description Zie de velden hieronder. */
        wegdeel_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWegdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wegdeel";
        };
        /** @description Zie de velden hieronder. */
        wijk_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWijk"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wijk";
        };
        /** @description Zie de velden hieronder. */
        wijk_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWijk"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wijk";
        };
        /** @description Zie de velden hieronder. */
        woonplaats_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWoonplaats"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woonplaats";
        };
        /** @description Zie de velden hieronder. */
        woonplaats_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWoonplaats"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woonplaats";
        };
        /** @description Zie de velden hieronder. */
        woz_deelobject_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWozDeelobject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_deelobject";
        };
        /** @description Zie de velden hieronder. */
        woz_deelobject_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWozDeelobject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_deelobject";
        };
        /** @description Zie de velden hieronder. */
        woz_object_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWozObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_object";
        };
        /** @description Zie de velden hieronder. */
        woz_object_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWozObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_object";
        };
        /** @description Zie de velden hieronder. */
        woz_waarde_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWozWaarde"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_waarde";
        };
        /** @description Zie de velden hieronder. */
        woz_waarde_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectWozWaarde"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_waarde";
        };
        /** @description Zie de velden hieronder. */
        zakelijk_recht_ZaakObject: Omit<components["schemas"]["ZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectZakelijkRecht"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "zakelijk_recht";
        };
        /** @description Zie de velden hieronder. */
        zakelijk_recht_PatchedZaakObject: Omit<components["schemas"]["PatchedZaakObject"], "objectType"> & components["schemas"]["object_identificatie_ObjectZakelijkRecht"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "zakelijk_recht";
        };
    };
    responses: {
        /** @description Het verzoek is ongeldig; `invalidParams` noemt per veld of parameter wat er mis is. */
        BadRequest: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ValidatieFout"];
            };
        };
        /** @description Er is geen (geldig) token meegestuurd. */
        Unauthorized: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Het token geeft geen recht op deze handeling. */
        Forbidden: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Het gevraagde antwoordformaat of coördinatenstelsel wordt niet geleverd. */
        NotAcceptable: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Het verzoek botst met de huidige toestand van de gegevens. */
        Conflict: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De gegevens bestonden, maar zijn verwijderd. */
        Gone: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De meegestuurde gegevens hebben een formaat dat niet wordt ondersteund. */
        UnsupportedMediaType: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Er komen te veel verzoeken kort na elkaar binnen; probeer het later opnieuw. */
        TooManyRequests: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Er ging aan de kant van de server iets mis. */
        InternalServerError: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Er bestaat geen object met deze uuid. */
        NotFound: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description Een verplichte header ontbreekt (`Accept-Crs` of `Content-Crs`). */
        PreconditionFailed: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De gevraagde pagina ligt voorbij de laatste pagina van de lijst (een uitbreiding van deze implementatie op de standaard). */
        PageNotFound: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
    };
    parameters: {
        /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
        "Content-Type": "application/json";
        /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
        "X-NLX-Logrecord-ID": string;
        /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
        "X-Audit-Toelichting": string;
        /** @description De uuid waaronder het object bekend is. */
        uuid: string;
        /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
        "If-None-Match": string;
        /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
        "Accept-Crs": "EPSG:4326";
        /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
        "Content-Crs": "EPSG:4326";
        /** @description De uuid van de zaak. */
        zaak_uuid: string;
    };
    requestBodies: never;
    headers: {
        /** @description De versie van dit contract die het antwoord volgt, bijvoorbeeld 1.5.1. */
        "API-version": string;
        /** @description Het adres van het zojuist vastgelegde object. */
        Location: string;
        /** @description Een vingerafdruk van de inhoud van het antwoord. Zolang de ETag gelijk blijft is het object niet veranderd; gebruik hem met `If-None-Match`. */
        ETag: string;
        /** @description Het coördinatenstelsel van de geometrie in het antwoord (EPSG:4326). */
        "Content-Crs": "EPSG:4326";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    klantcontact_list: {
        parameters: {
            query?: {
                /** @description Alleen klantcontacten van de zaak met dit adres. */
                zaak?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina. Dit is een uitbreiding van deze implementatie op de standaard; zonder deze parameter telt een pagina 100 resultaten. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Klantcontacten die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedKlantContactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    klantcontact_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlantContact"];
            };
        };
        responses: {
            /** @description Het klantcontact is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantContact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    klantcontact_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het klantcontact, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantContact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resultaat_list: {
        parameters: {
            query?: {
                /** @description Alleen resultaten van de zaak met dit adres. */
                zaak?: string;
                /** @description Filter op `resultaattype`. */
                resultaattype?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina. Dit is een uitbreiding van deze implementatie op de standaard; zonder deze parameter telt een pagina 100 resultaten. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resultaten die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResultaatList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resultaat_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Resultaat"];
            };
        };
        responses: {
            /** @description Het resultaat is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resultaat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resultaat_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het resultaat, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resultaat"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resultaat_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Resultaat"];
            };
        };
        responses: {
            /** @description Het resultaat na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resultaat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resultaat_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het resultaat is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resultaat_headers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De headers die een `GET` zou geven. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    resultaat_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedResultaat"];
            };
        };
        responses: {
            /** @description Het resultaat na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resultaat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    rol_list: {
        parameters: {
            query?: {
                /** @description Alleen rollen van de zaak met dit adres. */
                zaak?: string;
                /** @description Filter op `betrokkene`. */
                betrokkene?: string;
                /** @description Filter op `betrokkeneType`. */
                betrokkeneType?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | "organisatorische_eenheid" | "medewerker";
                /** @description Filter op `betrokkeneIdentificatie__natuurlijkPersoon__inpBsn`. */
                betrokkeneIdentificatie__natuurlijkPersoon__inpBsn?: string;
                /** @description Filter op `betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie`. */
                betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie?: string;
                /** @description Filter op `betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer`. */
                betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer?: string;
                /** @description Filter op `betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId`. */
                betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId?: string;
                /** @description Filter op `betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie`. */
                betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie?: string;
                /** @description Filter op `betrokkeneIdentificatie__vestiging__vestigingsNummer`. */
                betrokkeneIdentificatie__vestiging__vestigingsNummer?: string;
                /** @description Filter op `betrokkeneIdentificatie__organisatorischeEenheid__identificatie`. */
                betrokkeneIdentificatie__organisatorischeEenheid__identificatie?: string;
                /** @description Filter op `betrokkeneIdentificatie__medewerker__identificatie`. */
                betrokkeneIdentificatie__medewerker__identificatie?: string;
                /** @description Filter op `roltype`. */
                roltype?: string;
                /** @description Filter op `omschrijving`. */
                omschrijving?: string;
                /** @description Filter op `omschrijvingGeneriek`. */
                omschrijvingGeneriek?: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "zaakcoordinator" | "mede_initiator";
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina. Dit is een uitbreiding van deze implementatie op de standaard; zonder deze parameter telt een pagina 100 resultaten. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rollen die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    rol_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Rol"];
            };
        };
        responses: {
            /** @description De rol is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rol"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    rol_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De rol, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rol"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    rol_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De rol is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    rol_headers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De headers die een `GET` zou geven. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    status_list: {
        parameters: {
            query?: {
                /** @description Alleen statussen van de zaak met dit adres. */
                zaak?: string;
                /** @description Filter op `statustype`. */
                statustype?: string;
                /** @description Filter op `indicatieLaatstGezetteStatus`. */
                indicatieLaatstGezetteStatus?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina. Dit is een uitbreiding van deze implementatie op de standaard; zonder deze parameter telt een pagina 100 resultaten. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Statussen die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedStatusList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    status_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        responses: {
            /** @description De status is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusRequestbody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    status_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De status, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    status_headers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De headers die een `GET` zou geven. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    zaakcontactmoment_list: {
        parameters: {
            query?: {
                /** @description Alleen koppelingen tussen zaken en contactmomenten van de zaak met dit adres. */
                zaak?: string;
                /** @description Alleen koppelingen met het contactmoment met dit adres. */
                contactmoment?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Koppelingen tussen zaken en contactmomenten die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakContactMoment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakcontactmoment_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakContactMoment"];
            };
        };
        responses: {
            /** @description De koppeling is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakContactMoment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakcontactmoment_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakContactMoment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakcontactmoment_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakinformatieobject_list: {
        parameters: {
            query?: {
                /** @description Alleen koppelingen tussen zaken en documenten van de zaak met dit adres. */
                zaak?: string;
                /** @description Alleen koppelingen met het document (informatieobject) met dit adres. */
                informatieobject?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Koppelingen tussen zaken en documenten die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakinformatieobject_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakInformatieObject"];
            };
        };
        responses: {
            /** @description De koppeling is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakinformatieobject_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakinformatieobject_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakInformatieObject"];
            };
        };
        responses: {
            /** @description De koppeling na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakinformatieobject_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakinformatieobject_headers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De headers die een `GET` zou geven. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    zaakinformatieobject_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakInformatieObject"];
            };
        };
        responses: {
            /** @description De koppeling na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakobject_list: {
        parameters: {
            query?: {
                /** @description Alleen zaakobjecten van de zaak met dit adres. */
                zaak?: string;
                /** @description Filter op `object`. */
                object?: string;
                /** @description Filter op `objectType`. */
                objectType?: "adres" | "besluit" | "buurt" | "enkelvoudig_document" | "gemeente" | "gemeentelijke_openbare_ruimte" | "huishouden" | "inrichtingselement" | "kadastrale_onroerende_zaak" | "kunstwerkdeel" | "maatschappelijke_activiteit" | "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "openbare_ruimte" | "organisatorische_eenheid" | "pand" | "spoorbaandeel" | "status" | "terreindeel" | "terrein_gebouwd_object" | "vestiging" | "waterdeel" | "wegdeel" | "wijk" | "woonplaats" | "woz_deelobject" | "woz_object" | "woz_waarde" | "zakelijk_recht" | "overige";
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina. Dit is een uitbreiding van deze implementatie op de standaard; zonder deze parameter telt een pagina 100 resultaten. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zaakobjecten die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedZaakObjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakobject_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakObject"];
            };
        };
        responses: {
            /** @description Het zaakobject is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakobject_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het zaakobject, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakobject_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakObject"];
            };
        };
        responses: {
            /** @description Het zaakobject na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakobject_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het zaakobject is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakobject_headers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De headers die een `GET` zou geven. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    zaakobject_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakObject"];
            };
        };
        responses: {
            /** @description Het zaakobject na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakverzoek_list: {
        parameters: {
            query?: {
                /** @description Alleen koppelingen tussen zaken en verzoeken van de zaak met dit adres. */
                zaak?: string;
                /** @description Alleen koppelingen met het verzoek met dit adres. */
                verzoek?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Koppelingen tussen zaken en verzoeken die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakVerzoek"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakverzoek_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakVerzoek"];
            };
        };
        responses: {
            /** @description De koppeling is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakVerzoek"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakverzoek_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakVerzoek"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakverzoek_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaak_list: {
        parameters: {
            query?: {
                /** @description Filter op `identificatie`. */
                identificatie?: string;
                /** @description Filter op `bronorganisatie`. */
                bronorganisatie?: string;
                /** @description Filter op `bronorganisatie__in`. */
                bronorganisatie__in?: string[];
                /** @description Filter op `zaaktype`. */
                zaaktype?: string;
                /** @description Filter op `archiefnominatie`. */
                archiefnominatie?: "blijvend_bewaren" | "vernietigen";
                /** @description Filter op `archiefnominatie__in`. */
                archiefnominatie__in?: string[];
                /** @description Filter op `archiefactiedatum`. */
                archiefactiedatum?: string;
                /** @description Filter op `archiefactiedatum__isnull`. */
                archiefactiedatum__isnull?: boolean;
                /** @description Filter op `archiefactiedatum__lt`. */
                archiefactiedatum__lt?: string;
                /** @description Filter op `archiefactiedatum__gt`. */
                archiefactiedatum__gt?: string;
                /** @description Filter op `archiefstatus`. */
                archiefstatus?: "nog_te_archiveren" | "gearchiveerd" | "gearchiveerd_procestermijn_onbekend" | "overgedragen";
                /** @description Filter op `archiefstatus__in`. */
                archiefstatus__in?: string[];
                /** @description Filter op `startdatum`. */
                startdatum?: string;
                /** @description Filter op `startdatum__gt`. */
                startdatum__gt?: string;
                /** @description Filter op `startdatum__gte`. */
                startdatum__gte?: string;
                /** @description Filter op `startdatum__lt`. */
                startdatum__lt?: string;
                /** @description Filter op `startdatum__lte`. */
                startdatum__lte?: string;
                /** @description Filter op `registratiedatum`. */
                registratiedatum?: string;
                /** @description Filter op `registratiedatum__gt`. */
                registratiedatum__gt?: string;
                /** @description Filter op `registratiedatum__lt`. */
                registratiedatum__lt?: string;
                /** @description Filter op `einddatum`. */
                einddatum?: string;
                /** @description Filter op `einddatum__isnull`. */
                einddatum__isnull?: boolean;
                /** @description Filter op `einddatum__gt`. */
                einddatum__gt?: string;
                /** @description Filter op `einddatum__lt`. */
                einddatum__lt?: string;
                /** @description Filter op `einddatumGepland`. */
                einddatumGepland?: string;
                /** @description Filter op `einddatumGepland__gt`. */
                einddatumGepland__gt?: string;
                /** @description Filter op `einddatumGepland__lt`. */
                einddatumGepland__lt?: string;
                /** @description Filter op `uiterlijkeEinddatumAfdoening`. */
                uiterlijkeEinddatumAfdoening?: string;
                /** @description Filter op `uiterlijkeEinddatumAfdoening__gt`. */
                uiterlijkeEinddatumAfdoening__gt?: string;
                /** @description Filter op `uiterlijkeEinddatumAfdoening__lt`. */
                uiterlijkeEinddatumAfdoening__lt?: string;
                /** @description Filter op `rol__betrokkeneType`. */
                rol__betrokkeneType?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | "organisatorische_eenheid" | "medewerker";
                /** @description Filter op `rol__betrokkene`. */
                rol__betrokkene?: string;
                /** @description Filter op `rol__omschrijvingGeneriek`. */
                rol__omschrijvingGeneriek?: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "zaakcoordinator" | "mede_initiator";
                /** @description Filter op `maximaleVertrouwelijkheidaanduiding`. */
                maximaleVertrouwelijkheidaanduiding?: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
                /** @description Filter op `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn`. */
                rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn?: string;
                /** @description Filter op `rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie`. */
                rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie?: string;
                /** @description Filter op `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer`. */
                rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer?: string;
                /** @description Filter op `rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId`. */
                rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId?: string;
                /** @description Filter op `rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie`. */
                rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie?: string;
                /** @description Filter op `rol__betrokkeneIdentificatie__vestiging__vestigingsNummer`. */
                rol__betrokkeneIdentificatie__vestiging__vestigingsNummer?: string;
                /** @description Filter op `rol__betrokkeneIdentificatie__medewerker__identificatie`. */
                rol__betrokkeneIdentificatie__medewerker__identificatie?: string;
                /** @description Filter op `rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie`. */
                rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie?: string;
                /** @description Neem gerelateerde objecten op onder `_expand`: namen gescheiden door komma's, dieper met een punt (bijvoorbeeld `rollen,status.statustype`), hoogstens drie niveaus. */
                expand?: string;
                /** @description Sorteer op dit veld; met een minteken ervoor aflopend. */
                ordering?: ("startdatum" | "-startdatum" | "einddatum" | "-einddatum" | "publicatiedatum" | "-publicatiedatum" | "archiefactiedatum" | "-archiefactiedatum" | "registratiedatum" | "-registratiedatum" | "identificatie" | "-identificatie")[];
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina. Dit is een uitbreiding van deze implementatie op de standaard; zonder deze parameter telt een pagina 100 resultaten. */
                pageSize?: number;
            };
            header: {
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zaken die de applicatie mag zien. */
            200: {
                headers: {
                    "Content-Crs": components["headers"]["Content-Crs"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedZaakList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaak_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Zaak"];
            };
        };
        responses: {
            /** @description De zaak is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "Content-Crs": components["headers"]["Content-Crs"];
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zaak"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaak_retrieve: {
        parameters: {
            query?: {
                /** @description Neem gerelateerde objecten op onder `_expand`: namen gescheiden door komma's, dieper met een punt (bijvoorbeeld `rollen,status.statustype`), hoogstens drie niveaus. */
                expand?: string;
            };
            header: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De zaak, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Content-Crs": components["headers"]["Content-Crs"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakExpanded"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaak_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Zaak"];
            };
        };
        responses: {
            /** @description De zaak na de wijziging. */
            200: {
                headers: {
                    "Content-Crs": components["headers"]["Content-Crs"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zaak"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaak_destroy: {
        parameters: {
            query?: never;
            header: {
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De zaak is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaak_headers: {
        parameters: {
            query?: never;
            header: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De headers die een `GET` zou geven. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Content-Crs": components["headers"]["Content-Crs"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    zaak_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaak"];
            };
        };
        responses: {
            /** @description De zaak na de wijziging. */
            200: {
                headers: {
                    "Content-Crs": components["headers"]["Content-Crs"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zaak"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    audittrail_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Wijzigingen (de audit trail) die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrail"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    audittrail_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De wijziging, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakbesluit_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Besluiten van de zaak die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakBesluit"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakbesluit_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakBesluit"];
            };
        };
        responses: {
            /** @description De koppeling is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakBesluit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakbesluit_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakBesluit"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakbesluit_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De koppeling is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakeigenschap_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eigenschappen van de zaak die de applicatie mag zien. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakeigenschap_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
                "X-NLX-Logrecord-ID"?: components["parameters"]["X-NLX-Logrecord-ID"];
                /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
                "X-Audit-Toelichting"?: components["parameters"]["X-Audit-Toelichting"];
            };
            path: {
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakEigenschap"];
            };
        };
        responses: {
            /** @description De eigenschap is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakeigenschap_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De eigenschap, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakeigenschap_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakEigenschap"];
            };
        };
        responses: {
            /** @description De eigenschap na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakeigenschap_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De eigenschap is verwijderd. */
            204: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaakeigenschap_headers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De headers die een `GET` zou geven. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    zaakeigenschap_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
                /** @description De uuid van de zaak. */
                zaak_uuid: components["parameters"]["zaak_uuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakEigenschap"];
            };
        };
        responses: {
            /** @description De eigenschap na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    zaak__zoek: {
        parameters: {
            query?: {
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
            };
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
                /** @description Het coördinatenstelsel waarin je de geometrie in het antwoord wilt; altijd EPSG:4326 (WGS 84). */
                "Accept-Crs": components["parameters"]["Accept-Crs"];
                /** @description Het coördinatenstelsel van de geometrie in het verzoek; altijd EPSG:4326 (WGS 84). */
                "Content-Crs": components["parameters"]["Content-Crs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ZaakZoek"];
            };
        };
        responses: {
            /** @description Gelukt (200). */
            200: {
                headers: {
                    "Content-Crs": components["headers"]["Content-Crs"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedZaakList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
