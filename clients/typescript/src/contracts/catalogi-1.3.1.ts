// Generated from openapi/catalogi-1.3.1.yaml by `make clients`; do not edit.
export interface paths {
    "/besluittypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Besluittypen zoeken
         * @description Geeft de besluittypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["besluittype_list"];
        put?: never;
        /**
         * Een besluittype aanmaken
         * @description Legt een besluittype vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["besluittype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/besluittypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de besluittypen ophalen
         * @description Geeft het besluittype met deze uuid.
         */
        get: operations["besluittype_retrieve"];
        /**
         * Het besluittype geheel vervangen
         * @description Vervangt alle gegevens van het besluittype door de meegestuurde.
         */
        put: operations["besluittype_update"];
        post?: never;
        /**
         * Het besluittype verwijderen
         * @description Verwijdert een concept-besluittype. Een gepubliceerd besluittype verwijderen kan alleen met de scope `catalogi.geforceerd-verwijderen`. Het antwoord is een leeg object.
         */
        delete: operations["besluittype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de besluittypen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["besluittype_headers"];
        /**
         * Het besluittype deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het besluittype bij.
         */
        patch: operations["besluittype_partial_update"];
        trace?: never;
    };
    "/besluittypen/{uuid}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Het besluittype publiceren
         * @description Maakt van het concept een definitieve versie (`concept` wordt `false`). Daarna ligt de versie vast; zie de beschrijving van deze API.
         */
        post: operations["besluittype_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogussen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Catalogussen zoeken
         * @description Geeft de catalogussen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld. Met de queryparameters beperk je de lijst tot bepaalde domeinen of eigenaren.
         */
        get: operations["catalogus_list"];
        put?: never;
        /**
         * Een catalogus aanmaken
         * @description Legt een nieuwe catalogus vast. De combinatie van domein en RSIN moet nog niet in gebruik zijn.
         */
        post: operations["catalogus_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogussen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de catalogussen ophalen
         * @description Geeft de catalogus met deze uuid.
         */
        get: operations["catalogus_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Alleen de headers van één van de catalogussen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["catalogus_headers"];
        patch?: never;
        trace?: never;
    };
    "/eigenschappen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eigenschappen zoeken
         * @description Geeft de eigenschappen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["eigenschap_list"];
        put?: never;
        /**
         * Een eigenschap aanmaken
         * @description Legt een eigenschap vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["eigenschap_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eigenschappen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de eigenschappen ophalen
         * @description Geeft de eigenschap met deze uuid.
         */
        get: operations["eigenschap_retrieve"];
        /**
         * De eigenschap geheel vervangen
         * @description Vervangt alle gegevens van de eigenschap door de meegestuurde.
         */
        put: operations["eigenschap_update"];
        post?: never;
        /**
         * De eigenschap verwijderen
         * @description Verwijdert de eigenschap.
         */
        delete: operations["eigenschap_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de eigenschappen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["eigenschap_headers"];
        /**
         * De eigenschap deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de eigenschap bij.
         */
        patch: operations["eigenschap_partial_update"];
        trace?: never;
    };
    "/informatieobjecttypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Informatieobjecttypen zoeken
         * @description Geeft de informatieobjecttypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["informatieobjecttype_list"];
        put?: never;
        /**
         * Een informatieobjecttype aanmaken
         * @description Legt een nieuw informatieobjecttype vast, als concept. Zoals in de standaard is het antwoord `200`, met het adres ook in de header `Location`.
         */
        post: operations["informatieobjecttype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/informatieobjecttypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de informatieobjecttypen ophalen
         * @description Geeft het informatieobjecttype met deze uuid.
         */
        get: operations["informatieobjecttype_retrieve"];
        /**
         * Het informatieobjecttype geheel vervangen
         * @description Vervangt alle gegevens van het informatieobjecttype door de meegestuurde.
         */
        put: operations["informatieobjecttype_update"];
        post?: never;
        /**
         * Het informatieobjecttype verwijderen
         * @description Verwijdert een concept-informatieobjecttype. Een gepubliceerd informatieobjecttype verwijderen kan alleen met de scope `catalogi.geforceerd-verwijderen`. Het antwoord is een leeg object.
         */
        delete: operations["informatieobjecttype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de informatieobjecttypen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["informatieobjecttype_headers"];
        /**
         * Het informatieobjecttype deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het informatieobjecttype bij.
         */
        patch: operations["informatieobjecttype_partial_update"];
        trace?: never;
    };
    "/informatieobjecttypen/{uuid}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Het informatieobjecttype publiceren
         * @description Maakt van het concept een definitieve versie (`concept` wordt `false`). Daarna ligt de versie vast; zie de beschrijving van deze API.
         */
        post: operations["informatieobjecttype_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resultaattypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resultaattypen zoeken
         * @description Geeft de resultaattypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["resultaattype_list"];
        put?: never;
        /**
         * Een resultaattype aanmaken
         * @description Legt een resultaattype vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["resultaattype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resultaattypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de resultaattypen ophalen
         * @description Geeft het resultaattype met deze uuid.
         */
        get: operations["resultaattype_retrieve"];
        /**
         * Het resultaattype geheel vervangen
         * @description Vervangt alle gegevens van het resultaattype door de meegestuurde.
         */
        put: operations["resultaattype_update"];
        post?: never;
        /**
         * Het resultaattype verwijderen
         * @description Verwijdert het resultaattype.
         */
        delete: operations["resultaattype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de resultaattypen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["resultaattype_headers"];
        /**
         * Het resultaattype deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het resultaattype bij.
         */
        patch: operations["resultaattype_partial_update"];
        trace?: never;
    };
    "/roltypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roltypen zoeken
         * @description Geeft de roltypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["roltype_list"];
        put?: never;
        /**
         * Een roltype aanmaken
         * @description Legt een roltype vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["roltype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roltypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de roltypen ophalen
         * @description Geeft het roltype met deze uuid.
         */
        get: operations["roltype_retrieve"];
        /**
         * Het roltype geheel vervangen
         * @description Vervangt alle gegevens van het roltype door de meegestuurde.
         */
        put: operations["roltype_update"];
        post?: never;
        /**
         * Het roltype verwijderen
         * @description Verwijdert het roltype.
         */
        delete: operations["roltype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de roltypen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["roltype_headers"];
        /**
         * Het roltype deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het roltype bij.
         */
        patch: operations["roltype_partial_update"];
        trace?: never;
    };
    "/statustypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statustypen zoeken
         * @description Geeft de statustypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["statustype_list"];
        put?: never;
        /**
         * Een statustype aanmaken
         * @description Legt een statustype vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["statustype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statustypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de statustypen ophalen
         * @description Geeft het statustype met deze uuid.
         */
        get: operations["statustype_retrieve"];
        /**
         * Het statustype geheel vervangen
         * @description Vervangt alle gegevens van het statustype door de meegestuurde.
         */
        put: operations["statustype_update"];
        post?: never;
        /**
         * Het statustype verwijderen
         * @description Verwijdert het statustype.
         */
        delete: operations["statustype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de statustypen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["statustype_headers"];
        /**
         * Het statustype deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het statustype bij.
         */
        patch: operations["statustype_partial_update"];
        trace?: never;
    };
    "/zaakobjecttypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zaakobjecttypen zoeken
         * @description Geeft de zaakobjecttypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["zaakobjecttype_list"];
        put?: never;
        /**
         * Een zaakobjecttype aanmaken
         * @description Legt een zaakobjecttype vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["zaakobjecttype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakobjecttypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de zaakobjecttypen ophalen
         * @description Geeft het zaakobjecttype met deze uuid.
         */
        get: operations["zaakobjecttype_retrieve"];
        /**
         * Het zaakobjecttype geheel vervangen
         * @description Vervangt alle gegevens van het zaakobjecttype door de meegestuurde.
         */
        put: operations["zaakobjecttype_update"];
        post?: never;
        /**
         * Het zaakobjecttype verwijderen
         * @description Verwijdert het zaakobjecttype.
         */
        delete: operations["zaakobjecttype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de zaakobjecttypen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["zaakobjecttype_headers"];
        /**
         * Het zaakobjecttype deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het zaakobjecttype bij.
         */
        patch: operations["zaakobjecttype_partial_update"];
        trace?: never;
    };
    "/zaaktype-informatieobjecttypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koppelingen tussen zaaktypen en informatieobjecttypen zoeken
         * @description Geeft de koppelingen tussen zaaktypen en informatieobjecttypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld.
         */
        get: operations["zaakinformatieobjecttype_list"];
        put?: never;
        /**
         * Een informatieobjecttype aan een zaaktype koppelen
         * @description Legt vast dat documenten van een informatieobjecttype bij zaken van een zaaktype horen. Het informatieobjecttype noem je bij zijn omschrijving (of zijn adres), in de catalogus van het zaaktype.
         */
        post: operations["zaakinformatieobjecttype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaaktype-informatieobjecttypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén koppeling tussen zaaktype en informatieobjecttype ophalen
         * @description Geeft de koppeling met deze uuid.
         */
        get: operations["zaakinformatieobjecttype_retrieve"];
        /**
         * Een koppeling tussen zaaktype en informatieobjecttype geheel vervangen
         * @description Vervangt alle gegevens van de koppeling door de meegestuurde.
         */
        put: operations["zaakinformatieobjecttype_update"];
        post?: never;
        /**
         * Een koppeling tussen zaaktype en informatieobjecttype verwijderen
         * @description Verwijdert de koppeling.
         */
        delete: operations["zaakinformatieobjecttype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één koppeling tussen zaaktype en informatieobjecttype
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["zaakinformatieobjecttype_headers"];
        /**
         * Een koppeling tussen zaaktype en informatieobjecttype deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de koppeling bij.
         */
        patch: operations["zaakinformatieobjecttype_partial_update"];
        trace?: never;
    };
    "/zaaktypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zaaktypen zoeken
         * @description Geeft de zaaktypen die aan de queryparameters voldoen, gesorteerd op volgorde van aanmaken en in pagina's verdeeld. Zonder `status` alleen gepubliceerde zaaktypen. Applicaties met `zaken.lezen` of `documenten.lezen` mogen deze lijst ook lezen.
         */
        get: operations["zaaktype_list"];
        put?: never;
        /**
         * Een zaaktype aanmaken
         * @description Legt een nieuw zaaktype vast, als concept. Besluittypen noem je bij hun omschrijving, deelzaaktypen en gerelateerde zaaktypen bij hun identificatie; alle in dezelfde catalogus. In het antwoord staan daarvoor de adressen van de geldende versies.
         */
        post: operations["zaaktype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaaktypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de zaaktypen ophalen
         * @description Geeft het zaaktype met deze uuid. De adressen van gerelateerde besluittypen, informatieobjecttypen en zaaktypen zijn die van de gepubliceerde versies die vandaag gelden, of op `datumGeldigheid` als die is meegegeven.
         */
        get: operations["zaaktype_retrieve"];
        /**
         * Het zaaktype geheel vervangen
         * @description Vervangt alle gegevens van een concept-zaaktype. Een gepubliceerd zaaktype vervangen kan alleen met de scope `catalogi.geforceerd-schrijven`.
         */
        put: operations["zaaktype_update"];
        post?: never;
        /**
         * Het zaaktype verwijderen
         * @description Verwijdert een concept-zaaktype met al zijn onderdelen. Een gepubliceerd zaaktype verwijderen kan alleen met de scope `catalogi.geforceerd-verwijderen`. Het antwoord is een leeg object.
         */
        delete: operations["zaaktype_destroy"];
        options?: never;
        /**
         * Alleen de headers van één van de zaaktypen
         * @description Antwoordt als `GET` op hetzelfde adres, maar zonder inhoud. Handig om met de ETag te controleren of een eerder opgehaalde versie nog actueel is.
         */
        head: operations["zaaktype_headers"];
        /**
         * Het zaaktype deels bijwerken
         * @description Werkt de meegestuurde velden van een concept-zaaktype bij. Van een gepubliceerd zaaktype mag alleen `eindeGeldigheid` veranderen, tenzij de applicatie de scope `catalogi.geforceerd-schrijven` heeft.
         */
        patch: operations["zaaktype_partial_update"];
        trace?: never;
    };
    "/zaaktypen/{uuid}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Het zaaktype publiceren
         * @description Maakt van het concept-zaaktype een definitieve versie. Dat kan alleen als de besluittypen en informatieobjecttypen waar het naar verwijst gepubliceerd zijn, en als de geldigheid niet overlapt met die van een andere gepubliceerde versie.
         */
        post: operations["zaaktype_publish"];
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
         * @description Hoe een zaaktype samenhangt met een ander: `vervolg`, `bijdrage` of `onderwerp`.
         * @enum {string}
         */
        AardRelatieEnum: "vervolg" | "bijdrage" | "onderwerp";
        /**
         * @description Waar de termijn voor archivering begint: bij het afhandelen van de zaak (`afgehandeld`), een vaste termijn daarna (`termijn`), of een datum elders: een eigenschap, een zaakobject, een ander datumkenmerk, een gerelateerde zaak, de hoofdzaak of een besluit.
         * @enum {string}
         */
        AfleidingswijzeEnum: "afgehandeld" | "ander_datumkenmerk" | "eigenschap" | "gerelateerde_zaak" | "hoofdzaak" | "ingangsdatum_besluit" | "termijn" | "vervaldatum_besluit" | "zaakobject";
        /**
         * @description Wat er na de archieftermijn met het dossier gebeurt: `blijvend_bewaren` of `vernietigen`.
         * @enum {string}
         */
        ArchiefnominatieEnum: "blijvend_bewaren" | "vernietigen";
        /** @description Een soort besluit. Versies delen hun omschrijving binnen de catalogus. */
        BesluitType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
            /** @description De adressen van de geldende gepubliceerde zaaktypen waar dit besluittype bij hoort. */
            readonly zaaktypen: string[];
            /** @description Hoe mensen besluiten van dit type noemen. */
            omschrijving?: string;
            /** @description Een algemene omschrijving, gelijk voor vergelijkbare typen bij alle organisaties. */
            omschrijvingGeneriek?: string;
            /** @description De categorie waarin besluiten van dit type vallen. */
            besluitcategorie?: string;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) belanghebbenden hebben om op een besluit te reageren.
             */
            reactietermijn?: string | null;
            /** @description Of objecten van dit type gepubliceerd moeten worden. */
            publicatieIndicatie: boolean;
            /** @description De tekst die bij publicatie wordt gebruikt. */
            publicatietekst?: string;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) een besluit gepubliceerd blijft.
             */
            publicatietermijn?: string | null;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description De adressen van de geldende gepubliceerde informatieobjecttypen waarin besluiten van dit type vastgelegd worden. */
            informatieobjecttypen: string[];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description `true` zolang dit een concept is; `false` na publiceren. Alleen te veranderen met de operatie `publish`. */
            readonly concept: boolean;
            /** @description De adressen van de resultaattypen waar dit besluittype bij hoort. */
            readonly resultaattypen: string[];
            /** @description De omschrijvingen van die resultaattypen. */
            readonly resultaattypenOmschrijving: string[];
            /** @description De omschrijvingen van de informatieobjecttypen waarin besluiten van dit type vastgelegd worden. */
            readonly vastgelegdIn: string[];
        };
        /** @description Een soort besluit. Versies delen hun omschrijving binnen de catalogus. */
        BesluitTypeCreate: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
            /** @description De adressen van de geldende gepubliceerde zaaktypen waar dit besluittype bij hoort. */
            readonly zaaktypen: string[];
            /** @description Hoe mensen besluiten van dit type noemen. */
            omschrijving?: string;
            /** @description Een algemene omschrijving, gelijk voor vergelijkbare typen bij alle organisaties. */
            omschrijvingGeneriek?: string;
            /** @description De categorie waarin besluiten van dit type vallen. */
            besluitcategorie?: string;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) belanghebbenden hebben om op een besluit te reageren.
             */
            reactietermijn?: string | null;
            /** @description Of objecten van dit type gepubliceerd moeten worden. */
            publicatieIndicatie: boolean;
            /** @description De tekst die bij publicatie wordt gebruikt. */
            publicatietekst?: string;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) een besluit gepubliceerd blijft.
             */
            publicatietermijn?: string | null;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description De omschrijvingen (of adressen) van de informatieobjecttypen in dezelfde catalogus waarin besluiten van dit type vastgelegd worden. */
            informatieobjecttypen: string[];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description `true` zolang dit een concept is; `false` na publiceren. Alleen te veranderen met de operatie `publish`. */
            readonly concept: boolean;
            /** @description De adressen van de resultaattypen waar dit besluittype bij hoort. */
            readonly resultaattypen: string[];
            /** @description De omschrijvingen van die resultaattypen. */
            readonly resultaattypenOmschrijving: string[];
            /** @description De omschrijvingen van de informatieobjecttypen waarin besluiten van dit type vastgelegd worden. */
            readonly vastgelegdIn: string[];
        };
        /** @description Een soort besluit. Versies delen hun omschrijving binnen de catalogus. */
        BesluitTypeUpdate: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
            /** @description De adressen van de geldende gepubliceerde zaaktypen waar dit besluittype bij hoort. */
            readonly zaaktypen: string[];
            /** @description Hoe mensen besluiten van dit type noemen. */
            omschrijving?: string;
            /** @description Een algemene omschrijving, gelijk voor vergelijkbare typen bij alle organisaties. */
            omschrijvingGeneriek?: string;
            /** @description De categorie waarin besluiten van dit type vallen. */
            besluitcategorie?: string;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) belanghebbenden hebben om op een besluit te reageren.
             */
            reactietermijn?: string | null;
            /** @description Of objecten van dit type gepubliceerd moeten worden. */
            publicatieIndicatie: boolean;
            /** @description De tekst die bij publicatie wordt gebruikt. */
            publicatietekst?: string;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) een besluit gepubliceerd blijft.
             */
            publicatietermijn?: string | null;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description De omschrijvingen (of adressen) van de informatieobjecttypen in dezelfde catalogus waarin besluiten van dit type vastgelegd worden. */
            informatieobjecttypen: string[];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description `true` zolang dit een concept is; `false` na publiceren. Alleen te veranderen met de operatie `publish`. */
            readonly concept: boolean;
            /** @description De adressen van de resultaattypen waar dit besluittype bij hoort. */
            readonly resultaattypen: string[];
            /** @description De omschrijvingen van die resultaattypen. */
            readonly resultaattypenOmschrijving: string[];
            /** @description De omschrijvingen van de informatieobjecttypen waarin besluiten van dit type vastgelegd worden. */
            readonly vastgelegdIn: string[];
        };
        /**
         * @description De lege waarde, voor een veld dat niet is ingevuld.
         * @enum {unknown}
         */
        BlankEnum: "";
        /** @description De catalogus waaruit een zaaktype is overgenomen. */
        BronCatalogus: {
            /**
             * Format: uri
             * @description Het adres van die catalogus.
             */
            url: string;
            /** @description Het domein van die catalogus. */
            domein: string;
            /** @description Het RSIN van de eigenaar van die catalogus. */
            rsin: string;
        };
        /** @description Het zaaktype waaruit een zaaktype is overgenomen. */
        BronZaaktype: {
            /**
             * Format: uri
             * @description Het adres van dat zaaktype.
             */
            url: string;
            /** @description De identificatie van dat zaaktype. */
            identificatie: string;
            /** @description De omschrijving van dat zaaktype. */
            omschrijving: string;
        };
        /** @description Hoe de datum bepaald wordt waarop de archieftermijn begint. */
        BrondatumArchiefprocedure: {
            /** @description Waar de termijn begint. */
            afleidingswijze: components["schemas"]["AfleidingswijzeEnum"];
            /** @description Het datumgegeven dat de brondatum levert. */
            datumkenmerk?: string;
            /** @description Of die datum bekend moet zijn voordat de zaak afgesloten kan worden. */
            einddatumBekend?: boolean;
            /** @description Het soort object dat de datum levert. */
            objecttype?: components["schemas"]["ObjecttypeEnum"] | components["schemas"]["BlankEnum"];
            /** @description De registratie waar dat object in staat. */
            registratie?: string;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) na afhandeling de termijn begint, bij afleidingswijze `termijn`.
             */
            procestermijn?: string | null;
        } | null;
        /** @description Een catalogus: de verzameling zaaktypen, besluittypen en informatieobjecttypen van één domein, beheerd door één organisatie. */
        Catalogus: {
            /**
             * Format: uri
             * @description Het vaste adres van deze catalogus, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /** @description Korte code (hoogstens 5 tekens) voor het werkterrein waarvoor deze catalogus de typen bevat. */
            domein: string;
            /** @description Het RSIN van de organisatie die eigenaar is van de catalogus: negen cijfers die de elfproef doorstaan. */
            rsin: string;
            /** @description Wie de catalogus beheert en daarover aanspreekbaar is. */
            contactpersoonBeheerNaam: string;
            /** @description Telefoonnummer waarop de beheerder van de catalogus te bereiken is. */
            contactpersoonBeheerTelefoonnummer?: string;
            /**
             * Format: email
             * @description E-mailadres waarop de beheerder van de catalogus te bereiken is.
             */
            contactpersoonBeheerEmailadres?: string;
            /** @description De adressen van alle zaaktypen (alle versies) in deze catalogus. */
            readonly zaaktypen: string[];
            /** @description De adressen van alle besluittypen (alle versies) in deze catalogus. */
            readonly besluittypen: string[];
            /** @description De adressen van alle informatieobjecttypen (alle versies) in deze catalogus. */
            readonly informatieobjecttypen: string[];
            /** @description De naam van de catalogus zoals mensen die gebruiken. */
            naam?: string | null;
            /** @description Welke versie van de catalogus dit is. */
            versie?: string | null;
            /**
             * Format: date
             * @description De dag vanaf wanneer deze versie van de catalogus geldt.
             */
            begindatumVersie?: string | null;
        };
        /** @description Een vraag die beantwoord moet zijn voordat een stap gezet wordt. */
        CheckListItem: {
            /** @description De korte naam van de vraag. */
            itemnaam: string;
            /** @description Een toelichting op de vraag. */
            toelichting?: string | null;
            /** @description De vraag zelf. */
            vraagstelling: string;
            /** @description Of de vraag beantwoord moet zijn. */
            verplicht?: boolean;
        };
        /** @description Een gegeven dat bij zaken van een zaaktype vastgelegd wordt. */
        Eigenschap: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /** @description De naam van de eigenschap. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            readonly catalogus: string;
            /** @description Wat de eigenschap betekent. */
            definitie: string;
            /** @description Welke waarden de eigenschap kan hebben. */
            specificatie: components["schemas"]["EigenschapSpecificatie"];
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /**
             * Format: uri
             * @description Het adres van het statustype waarvoor deze eigenschap een waarde moet hebben.
             */
            statustype?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
        };
        /** @description Welke waarden een eigenschap kan hebben. */
        EigenschapSpecificatie: {
            /** @description De groep waarin de eigenschap valt. */
            groep?: string;
            /** @description Het soort waarde. */
            formaat: components["schemas"]["FormaatEnum"];
            /** @description Hoeveel tekens een waarde hoogstens telt. */
            lengte: string;
            /** @description Hoe vaak de eigenschap bij een zaak kan voorkomen (bijvoorbeeld 1 of N). */
            kardinaliteit: string;
            /** @description De waarden waaruit gekozen kan worden. */
            waardenverzameling?: string[];
        };
        /** @description Wat er mis is met één veld of parameter. */
        FieldValidationError: {
            /** @description De naam van het veld of de parameter met de ongeldige waarde. */
            name: string;
            /** @description Een vaste, door programma's te herkennen code voor de soort fout. */
            code: string;
            /** @description In gewone taal wat er aan de waarde mankeert. */
            reason: string;
        };
        /**
         * @description Het soort waarde van een eigenschap: `tekst`, `getal`, `datum` of `datum_tijd`.
         * @enum {string}
         */
        FormaatEnum: "tekst" | "getal" | "datum" | "datum_tijd";
        /** @description Beschrijving van een mislukt verzoek, naar RFC 9457 (problem details). */
        Fout: {
            /** @description Een URI die de soort fout aanduidt, bedoeld voor ontwikkelaars. */
            type?: string;
            /** @description Een vaste, door programma's te herkennen code voor de soort fout. */
            code: string;
            /** @description Korte omschrijving van de soort fout, gelijk voor elk voorkomen ervan. */
            title: string;
            /** @description De HTTP-statuscode van dit antwoord. */
            status: number;
            /** @description Uitleg over dit ene voorkomen van de fout. */
            detail: string;
            /** @description Een URI die dit ene voorkomen van de fout aanduidt; terug te vinden in de logboeken van de server. */
            instance: string;
        };
        /**
         * @description Of zaken van dit type binnen de organisatie (`intern`) of voor klanten (`extern`) zijn.
         * @enum {string}
         */
        IndicatieInternOfExternEnum: "intern" | "extern";
        /** @description Een soort document. Versies delen hun omschrijving binnen de catalogus. */
        InformatieObjectType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
            /** @description Hoe mensen documenten van dit type noemen. */
            omschrijving: string;
            /** @description Hoe vertrouwelijk objecten van dit type standaard zijn. */
            vertrouwelijkheidaanduiding: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description `true` zolang dit een concept is; `false` na publiceren. Alleen te veranderen met de operatie `publish`. */
            readonly concept: boolean;
            /** @description De adressen van de geldende gepubliceerde zaaktypen waarin dit informatieobjecttype voorkomt. */
            readonly zaaktypen: string[];
            /** @description De adressen van de geldende gepubliceerde besluittypen waarvan de besluiten hierin vastgelegd worden. */
            readonly besluittypen: string[];
            /** @description De categorie waarin documenten van dit type vallen. */
            informatieobjectcategorie: string;
            /** @description Woorden waarmee documenten van dit type te vinden zijn. */
            trefwoord?: string[];
            /** @description De algemene omschrijving van dit soort document. */
            omschrijvingGeneriek?: components["schemas"]["InformatieObjectTypeOmschrijvingGeneriek"];
        };
        /** @description De algemene omschrijving van een soort document. */
        InformatieObjectTypeOmschrijvingGeneriek: {
            /** @description De algemene naam. */
            informatieobjecttypeOmschrijvingGeneriek: string;
            /** @description Wat de algemene naam betekent. */
            definitieInformatieobjecttypeOmschrijvingGeneriek: string;
            /** @description Waar de algemene naam vandaan komt. */
            herkomstInformatieobjecttypeOmschrijvingGeneriek: string;
            /** @description Waar de algemene naam in de indeling staat. */
            hierarchieInformatieobjecttypeOmschrijvingGeneriek: string;
            /** @description Een opmerking. */
            opmerkingInformatieobjecttypeOmschrijvingGeneriek?: string | null;
        };
        /**
         * @description Het soort object uit een basisregistratie of de zaakregistratie.
         * @enum {string}
         */
        ObjecttypeEnum: "adres" | "besluit" | "buurt" | "enkelvoudig_document" | "gemeente" | "gemeentelijke_openbare_ruimte" | "huishouden" | "inrichtingselement" | "kadastrale_onroerende_zaak" | "kunstwerkdeel" | "maatschappelijke_activiteit" | "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "openbare_ruimte" | "organisatorische_eenheid" | "pand" | "spoorbaandeel" | "status" | "terreindeel" | "terrein_gebouwd_object" | "vestiging" | "waterdeel" | "wegdeel" | "wijk" | "woonplaats" | "woz_deelobject" | "woz_object" | "woz_waarde" | "zakelijk_recht" | "overige";
        /**
         * @description De algemene aard van een rol, gelijk bij alle organisaties.
         * @enum {string}
         */
        OmschrijvingGeneriekEnum: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "zaakcoordinator" | "mede_initiator";
        /** @description Eén pagina uit een lijst (BesluitType). */
        PaginatedBesluitTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["BesluitType"][];
        };
        /** @description Eén pagina uit een lijst (Catalogus). */
        PaginatedCatalogusList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["Catalogus"][];
        };
        /** @description Eén pagina uit een lijst (Eigenschap). */
        PaginatedEigenschapList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["Eigenschap"][];
        };
        /** @description Eén pagina uit een lijst (ResultaatType). */
        PaginatedResultaatTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["ResultaatType"][];
        };
        /** @description Eén pagina uit een lijst (InformatieObjectType). */
        PaginatedInformatieObjectTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["InformatieObjectType"][];
        };
        /** @description Eén pagina uit een lijst (RolType). */
        PaginatedRolTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["RolType"][];
        };
        /** @description Eén pagina uit een lijst (StatusType). */
        PaginatedStatusTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["StatusType"][];
        };
        /** @description Eén pagina uit een lijst (ZaakObjectType). */
        PaginatedZaakObjectTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["ZaakObjectType"][];
        };
        /** @description Eén pagina uit een lijst (ZaakTypeInformatieObjectType). */
        PaginatedZaakTypeInformatieObjectTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["ZaakTypeInformatieObjectType"][];
        };
        /** @description Eén pagina uit een lijst (ZaakType). */
        PaginatedZaakTypeList: {
            /** @description Hoeveel objecten er in totaal aan de zoekvraag voldoen, over alle pagina's. */
            count?: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             */
            previous?: string | null;
            /** @description De objecten op deze pagina. */
            results?: components["schemas"]["ZaakType"][];
        };
        /** @description Een gegeven dat bij zaken van een zaaktype vastgelegd wordt. */
        PatchedEigenschap: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /** @description De naam van de eigenschap. */
            naam?: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            readonly catalogus?: string;
            /** @description Wat de eigenschap betekent. */
            definitie?: string;
            /** @description Welke waarden de eigenschap kan hebben. */
            specificatie?: components["schemas"]["EigenschapSpecificatie"];
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype?: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie?: string;
            /**
             * Format: uri
             * @description Het adres van het statustype waarvoor deze eigenschap een waarde moet hebben.
             */
            statustype?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
        };
        /** @description Een mogelijke uitkomst van zaken van een zaaktype, met de regels voor het archief. */
        PatchedResultaatType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype?: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie?: string;
            /** @description Hoe de uitkomst heet. */
            omschrijving?: string;
            /**
             * Format: uri
             * @description Het adres van de algemene omschrijving in de Referentielijsten API.
             */
            resultaattypeomschrijving?: string;
            /** @description De algemene omschrijving die bij `resultaattypeomschrijving` hoort. */
            readonly omschrijvingGeneriek?: string;
            /**
             * Format: uri
             * @description Het adres van het resultaat in de Selectielijst API dat de archiefregels geeft.
             */
            selectielijstklasse?: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Of het dossier blijvend bewaard of vernietigd wordt. */
            archiefnominatie?: components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) na de brondatum het dossier bewaard of vernietigd wordt.
             */
            archiefactietermijn?: string | null;
            /** @description Hoe de brondatum voor de archieftermijn bepaald wordt. */
            brondatumArchiefprocedure?: components["schemas"]["BrondatumArchiefprocedure"] | null;
            /** @description Het soort object waar de uitkomst voor het archief over gaat. */
            procesobjectaard?: string | null;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description Of dit resultaattype alleen geldt voor een bepaald soort procesobject. */
            indicatieSpecifiek?: boolean | null;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) het dossier na afronding van de zaak nog actief gebruikt wordt.
             */
            procestermijn?: string | null;
            /** @description De adressen van de geldende gepubliceerde besluittypen die bij deze uitkomst horen. */
            besluittypen?: (string | null)[];
            /** @description De omschrijvingen van de besluittypen die bij deze uitkomst horen. */
            readonly besluittypeOmschrijving?: string[];
            /** @description De adressen van de informatieobjecttypen die bij deze uitkomst in het dossier moeten zitten. */
            informatieobjecttypen?: (string | null)[];
            /** @description De omschrijvingen van die informatieobjecttypen. */
            readonly informatieobjecttypeOmschrijving?: string[];
        };
        /** @description Een rol die een betrokkene in zaken van een zaaktype kan vervullen. */
        PatchedRolType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype?: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie?: string;
            /** @description Hoe de rol heet. */
            omschrijving?: string;
            /** @description De algemene aard van de rol. */
            omschrijvingGeneriek?: components["schemas"]["OmschrijvingGeneriekEnum"];
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
        };
        /** @description Een stap die zaken van een zaaktype doorlopen. */
        PatchedStatusType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /** @description Hoe de stap heet. */
            omschrijving?: string;
            /** @description Een algemene naam voor de stap. */
            omschrijvingGeneriek?: string;
            /** @description De tekst voor de initiator als een zaak deze stap bereikt. */
            statustekst?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype?: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            readonly catalogus?: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie?: string;
            /** @description De plaats van deze stap in de volgorde, uniek binnen het zaaktype. */
            volgnummer?: number;
            /** @description Of dit de laatste stap is (het hoogste volgnummer van het zaaktype). */
            readonly isEindstatus?: boolean;
            /** @description Of de initiator geïnformeerd wordt als een zaak deze stap bereikt. */
            informeren?: boolean;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) het hoogstens mag duren tot deze stap bereikt is.
             */
            doorlooptijd?: string | null;
            /** @description Een vrije toelichting. */
            toelichting?: string | null;
            /** @description Vragen die beantwoord moeten zijn voor deze stap. */
            checklistitemStatustype?: components["schemas"]["CheckListItem"][];
            /** @description De adressen van de eigenschappen die een waarde moeten hebben voor deze stap. */
            eigenschappen?: (string | null)[];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
        };
        /** @description Een soort object waar zaken van een zaaktype over kunnen gaan. */
        PatchedZaakObjectType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /** @description Of het een objecttype is dat niet in de basisregistraties voorkomt. */
            anderObjecttype?: boolean;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /**
             * Format: uri
             * @description Het adres van de beschrijving van het objecttype.
             */
            objecttype?: string;
            /** @description Hoe het object met zaken van het zaaktype samenhangt. */
            relatieOmschrijving?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype?: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie?: string;
            /** @description De adressen van de resultaattypen die naar dit zaakobjecttype verwijzen. */
            readonly resultaattypen?: string[];
            /** @description De adressen van de statustypen die naar dit zaakobjecttype verwijzen. */
            readonly statustypen?: string[];
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus?: string;
        };
        /** @description Dat documenten van een informatieobjecttype bij zaken van een zaaktype horen. */
        PatchedZaakTypeInformatieObjectType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype?: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie?: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            readonly catalogus?: string;
            /** @description Het informatieobjecttype: bij het vastleggen zijn omschrijving (of adres) in de catalogus van het zaaktype; in een antwoord het adres van de geldende gepubliceerde versie, of de omschrijving als die er niet is. */
            informatieobjecttype?: string;
            /** @description De plaats van dit informatieobjecttype in de volgorde, uniek binnen het zaaktype. */
            volgnummer?: number;
            /** @description Of documenten van dit type binnenkomen, uitgaan of intern blijven. */
            richting?: components["schemas"]["RichtingEnum"];
            /**
             * Format: uri
             * @description Het adres van het statustype waarvoor zulke documenten aanwezig moeten zijn.
             */
            statustype?: string | null;
        };
        /** @description Het standaardproces waarop een zaaktype is gebaseerd. */
        ReferentieProces: {
            /** @description De naam van het proces. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres van de beschrijving van het proces.
             */
            link?: string;
        };
        /** @description Een mogelijke uitkomst van zaken van een zaaktype, met de regels voor het archief. */
        ResultaatType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /** @description Hoe de uitkomst heet. */
            omschrijving: string;
            /**
             * Format: uri
             * @description Het adres van de algemene omschrijving in de Referentielijsten API.
             */
            resultaattypeomschrijving: string;
            /** @description De algemene omschrijving die bij `resultaattypeomschrijving` hoort. */
            readonly omschrijvingGeneriek: string;
            /**
             * Format: uri
             * @description Het adres van het resultaat in de Selectielijst API dat de archiefregels geeft.
             */
            selectielijstklasse: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Of het dossier blijvend bewaard of vernietigd wordt. */
            archiefnominatie?: components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) na de brondatum het dossier bewaard of vernietigd wordt.
             */
            archiefactietermijn?: string | null;
            /** @description Hoe de brondatum voor de archieftermijn bepaald wordt. */
            brondatumArchiefprocedure?: components["schemas"]["BrondatumArchiefprocedure"] | null;
            /** @description Het soort object waar de uitkomst voor het archief over gaat. */
            procesobjectaard?: string | null;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description Of dit resultaattype alleen geldt voor een bepaald soort procesobject. */
            indicatieSpecifiek?: boolean | null;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) het dossier na afronding van de zaak nog actief gebruikt wordt.
             */
            procestermijn?: string | null;
            /** @description De adressen van de geldende gepubliceerde besluittypen die bij deze uitkomst horen. */
            besluittypen?: (string | null)[];
            /** @description De omschrijvingen van de besluittypen die bij deze uitkomst horen. */
            readonly besluittypeOmschrijving: string[];
            /** @description De adressen van de informatieobjecttypen die bij deze uitkomst in het dossier moeten zitten. */
            informatieobjecttypen?: (string | null)[];
            /** @description De omschrijvingen van die informatieobjecttypen. */
            readonly informatieobjecttypeOmschrijving: string[];
        };
        /** @description Een mogelijke uitkomst van zaken van een zaaktype, met de regels voor het archief. */
        ResultaatTypeCreate: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /** @description Hoe de uitkomst heet. */
            omschrijving: string;
            /**
             * Format: uri
             * @description Het adres van de algemene omschrijving in de Referentielijsten API.
             */
            resultaattypeomschrijving: string;
            /** @description De algemene omschrijving die bij `resultaattypeomschrijving` hoort. */
            readonly omschrijvingGeneriek: string;
            /**
             * Format: uri
             * @description Het adres van het resultaat in de Selectielijst API dat de archiefregels geeft.
             */
            selectielijstklasse: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Of het dossier blijvend bewaard of vernietigd wordt. */
            archiefnominatie?: components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) na de brondatum het dossier bewaard of vernietigd wordt.
             */
            archiefactietermijn?: string | null;
            /** @description Hoe de brondatum voor de archieftermijn bepaald wordt. */
            brondatumArchiefprocedure?: components["schemas"]["BrondatumArchiefprocedure"] | null;
            /** @description Het soort object waar de uitkomst voor het archief over gaat. */
            procesobjectaard?: string | null;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description Of dit resultaattype alleen geldt voor een bepaald soort procesobject. */
            indicatieSpecifiek?: boolean | null;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) het dossier na afronding van de zaak nog actief gebruikt wordt.
             */
            procestermijn?: string | null;
            /** @description De omschrijvingen (of adressen) van de besluittypen die bij deze uitkomst horen. */
            besluittypen: string[];
            /** @description De omschrijvingen van de besluittypen die bij deze uitkomst horen. */
            readonly besluittypeOmschrijving: string[];
            /** @description De adressen van de informatieobjecttypen die bij deze uitkomst in het dossier moeten zitten. */
            informatieobjecttypen?: (string | null)[];
            /** @description De omschrijvingen van die informatieobjecttypen. */
            readonly informatieobjecttypeOmschrijving: string[];
        };
        /** @description Een mogelijke uitkomst van zaken van een zaaktype, met de regels voor het archief. */
        ResultaatTypeUpdate: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /** @description Hoe de uitkomst heet. */
            omschrijving: string;
            /**
             * Format: uri
             * @description Het adres van de algemene omschrijving in de Referentielijsten API.
             */
            resultaattypeomschrijving: string;
            /** @description De algemene omschrijving die bij `resultaattypeomschrijving` hoort. */
            readonly omschrijvingGeneriek: string;
            /**
             * Format: uri
             * @description Het adres van het resultaat in de Selectielijst API dat de archiefregels geeft.
             */
            selectielijstklasse: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Of het dossier blijvend bewaard of vernietigd wordt. */
            archiefnominatie?: components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) na de brondatum het dossier bewaard of vernietigd wordt.
             */
            archiefactietermijn?: string | null;
            /** @description Hoe de brondatum voor de archieftermijn bepaald wordt. */
            brondatumArchiefprocedure?: components["schemas"]["BrondatumArchiefprocedure"] | null;
            /** @description Het soort object waar de uitkomst voor het archief over gaat. */
            procesobjectaard?: string | null;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /** @description Of dit resultaattype alleen geldt voor een bepaald soort procesobject. */
            indicatieSpecifiek?: boolean | null;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) het dossier na afronding van de zaak nog actief gebruikt wordt.
             */
            procestermijn?: string | null;
            /** @description De omschrijvingen (of adressen) van de besluittypen die bij deze uitkomst horen. */
            besluittypen: string[];
            /** @description De omschrijvingen van de besluittypen die bij deze uitkomst horen. */
            readonly besluittypeOmschrijving: string[];
            /** @description De adressen van de informatieobjecttypen die bij deze uitkomst in het dossier moeten zitten. */
            informatieobjecttypen?: (string | null)[];
            /** @description De omschrijvingen van die informatieobjecttypen. */
            readonly informatieobjecttypeOmschrijving: string[];
        };
        /**
         * @description Of documenten van dit type binnenkomen (`inkomend`), uitgaan (`uitgaand`) of intern blijven (`intern`).
         * @enum {string}
         */
        RichtingEnum: "inkomend" | "intern" | "uitgaand";
        /** @description Een rol die een betrokkene in zaken van een zaaktype kan vervullen. */
        RolType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /** @description Hoe de rol heet. */
            omschrijving: string;
            /** @description De algemene aard van de rol. */
            omschrijvingGeneriek: components["schemas"]["OmschrijvingGeneriekEnum"];
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus?: string | null;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
        };
        /** @description Een stap die zaken van een zaaktype doorlopen. */
        StatusType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /** @description Hoe de stap heet. */
            omschrijving: string;
            /** @description Een algemene naam voor de stap. */
            omschrijvingGeneriek?: string;
            /** @description De tekst voor de initiator als een zaak deze stap bereikt. */
            statustekst?: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            readonly catalogus: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /** @description De plaats van deze stap in de volgorde, uniek binnen het zaaktype. */
            volgnummer: number;
            /** @description Of dit de laatste stap is (het hoogste volgnummer van het zaaktype). */
            readonly isEindstatus: boolean;
            /** @description Of de initiator geïnformeerd wordt als een zaak deze stap bereikt. */
            informeren?: boolean;
            /**
             * Format: duration
             * @description Hoe lang (ISO 8601-duur) het hoogstens mag duren tot deze stap bereikt is.
             */
            doorlooptijd?: string | null;
            /** @description Een vrije toelichting. */
            toelichting?: string | null;
            /** @description Vragen die beantwoord moeten zijn voor deze stap. */
            checklistitemStatustype?: components["schemas"]["CheckListItem"][];
            /** @description De adressen van de eigenschappen die een waarde moeten hebben voor deze stap. */
            eigenschappen?: (string | null)[];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid?: string | null;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
        };
        /** @description Beschrijving van een verzoek met ongeldige gegevens, naar RFC 9457, met per veld wat er mis is. */
        ValidatieFout: {
            /** @description Een URI die de soort fout aanduidt, bedoeld voor ontwikkelaars. */
            type?: string;
            /** @description Een vaste, door programma's te herkennen code voor de soort fout. */
            code: string;
            /** @description Korte omschrijving van de soort fout, gelijk voor elk voorkomen ervan. */
            title: string;
            /** @description De HTTP-statuscode van dit antwoord. */
            status: number;
            /** @description Uitleg over dit ene voorkomen van de fout. */
            detail: string;
            /** @description Een URI die dit ene voorkomen van de fout aanduidt; terug te vinden in de logboeken van de server. */
            instance: string;
            /** @description Eén vermelding per ongeldig veld of ongeldige parameter. */
            invalidParams: components["schemas"]["FieldValidationError"][];
        };
        /**
         * @description Hoe vertrouwelijk iets is, van `openbaar` tot en met `zeer_geheim`.
         * @enum {string}
         */
        VertrouwelijkheidaanduidingEnum: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
        /** @description Een soort object waar zaken van een zaaktype over kunnen gaan. */
        ZaakObjectType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /** @description Of het een objecttype is dat niet in de basisregistraties voorkomt. */
            anderObjecttype: boolean;
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /**
             * Format: uri
             * @description Het adres van de beschrijving van het objecttype.
             */
            objecttype: string;
            /** @description Hoe het object met zaken van het zaaktype samenhangt. */
            relatieOmschrijving: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /** @description De adressen van de resultaattypen die naar dit zaakobjecttype verwijzen. */
            readonly resultaattypen: string[];
            /** @description De adressen van de statustypen die naar dit zaakobjecttype verwijzen. */
            readonly statustypen: string[];
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
        };
        /** @description Een zaaktype: alles wat zaken van één soort gemeen hebben. Versies van een zaaktype delen hun identificatie. */
        ZaakType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /** @description De identificatie van het zaaktype, uniek binnen de catalogus (versies delen haar). */
            identificatie: string;
            /** @description Hoe mensen zaken van dit type noemen. */
            omschrijving: string;
            /** @description Een algemene omschrijving, gelijk voor vergelijkbare typen bij alle organisaties. */
            omschrijvingGeneriek?: string;
            /** @description Hoe vertrouwelijk objecten van dit type standaard zijn. */
            vertrouwelijkheidaanduiding: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /** @description Waarvoor zaken van dit type dienen. */
            doel: string;
            /** @description Wat een zaak van dit type in gang zet. */
            aanleiding: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Of zaken van dit type intern of voor klanten zijn. */
            indicatieInternOfExtern: components["schemas"]["IndicatieInternOfExternEnum"];
            /** @description Wat de initiator doet om een zaak te beginnen, bijvoorbeeld aanvragen of melden. */
            handelingInitiator: string;
            /** @description Waar zaken van dit type over gaan. */
            onderwerp: string;
            /** @description Wat de behandelaar doet, bijvoorbeeld behandelen of beslissen. */
            handelingBehandelaar: string;
            /**
             * Format: duration
             * @description De termijn (ISO 8601-duur, bijvoorbeeld P8W) waarin de behandeling klaar moet zijn.
             */
            doorlooptijd: string;
            /**
             * Format: duration
             * @description De termijn (ISO 8601-duur) die de organisatie zichzelf stelt, korter dan de doorlooptijd.
             */
            servicenorm?: string | null;
            /** @description Of de behandeling van een zaak van dit type stilgelegd kan worden. */
            opschortingEnAanhoudingMogelijk: boolean;
            /** @description Of de doorlooptijd verlengd kan worden. */
            verlengingMogelijk: boolean;
            /**
             * Format: duration
             * @description Met hoeveel (ISO 8601-duur) de doorlooptijd hoogstens verlengd kan worden.
             */
            verlengingstermijn?: string | null;
            /** @description Woorden waarmee zaken van dit type te vinden zijn. */
            trefwoorden?: string[];
            /** @description Of objecten van dit type gepubliceerd moeten worden. */
            publicatieIndicatie: boolean;
            /** @description De tekst die bij publicatie wordt gebruikt. */
            publicatietekst?: string;
            /** @description Hoe zaken van dit type bijdragen aan beleid of begroting. */
            verantwoordingsrelatie?: string[];
            /** @description De adressen van de producten of diensten die zaken van dit type opleveren. */
            productenOfDiensten: string[];
            /**
             * Format: uri
             * @description Het adres van het procestype in de Selectielijst API waar dit zaaktype onder valt.
             */
            selectielijstProcestype?: string;
            /** @description Het standaardproces waarop dit zaaktype gebaseerd is. */
            referentieproces: components["schemas"]["ReferentieProces"];
            /** @description De organisatie of afdeling die verantwoordelijk is voor zaken van dit type. */
            verantwoordelijke: string;
            /** @description De adressen van de zaakobjecttypen van dit zaaktype. */
            readonly zaakobjecttypen: string[];
            /** @description De catalogus waaruit dit zaaktype is overgenomen. */
            broncatalogus?: components["schemas"]["BronCatalogus"];
            /** @description Het zaaktype waaruit dit zaaktype is overgenomen. */
            bronzaaktype?: components["schemas"]["BronZaaktype"];
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
            /** @description De adressen van de statustypen van dit zaaktype. */
            readonly statustypen: string[];
            /** @description De adressen van de resultaattypen van dit zaaktype. */
            readonly resultaattypen: string[];
            /** @description De adressen van de eigenschappen van dit zaaktype. */
            readonly eigenschappen: string[];
            /** @description De adressen van de geldende gepubliceerde informatieobjecttypen die via een koppeling bij dit zaaktype horen. */
            readonly informatieobjecttypen: string[];
            /** @description De adressen van de roltypen van dit zaaktype. */
            readonly roltypen: string[];
            /** @description De adressen van de geldende gepubliceerde besluittypen die bij dit zaaktype horen. */
            besluittypen: string[];
            /** @description De adressen van de geldende gepubliceerde zaaktypen die als deelzaak kunnen voorkomen. */
            deelzaaktypen?: (string | null)[];
            /** @description Zaaktypen waarvan zaken van belang zijn voor zaken van dit type. */
            gerelateerdeZaaktypen: components["schemas"]["ZaakTypenRelatie"][];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de kenmerken van deze versie zijn gaan gelden.
             */
            versiedatum: string;
            /** @description `true` zolang dit een concept is; `false` na publiceren. Alleen te veranderen met de operatie `publish`. */
            readonly concept: boolean;
        };
        /** @description Een zaaktype: alles wat zaken van één soort gemeen hebben. Versies van een zaaktype delen hun identificatie. */
        ZaakTypeCreate: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /** @description De identificatie van het zaaktype, uniek binnen de catalogus (versies delen haar). */
            identificatie: string;
            /** @description Hoe mensen zaken van dit type noemen. */
            omschrijving: string;
            /** @description Een algemene omschrijving, gelijk voor vergelijkbare typen bij alle organisaties. */
            omschrijvingGeneriek?: string;
            /** @description Hoe vertrouwelijk objecten van dit type standaard zijn. */
            vertrouwelijkheidaanduiding: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /** @description Waarvoor zaken van dit type dienen. */
            doel: string;
            /** @description Wat een zaak van dit type in gang zet. */
            aanleiding: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Of zaken van dit type intern of voor klanten zijn. */
            indicatieInternOfExtern: components["schemas"]["IndicatieInternOfExternEnum"];
            /** @description Wat de initiator doet om een zaak te beginnen, bijvoorbeeld aanvragen of melden. */
            handelingInitiator: string;
            /** @description Waar zaken van dit type over gaan. */
            onderwerp: string;
            /** @description Wat de behandelaar doet, bijvoorbeeld behandelen of beslissen. */
            handelingBehandelaar: string;
            /**
             * Format: duration
             * @description De termijn (ISO 8601-duur, bijvoorbeeld P8W) waarin de behandeling klaar moet zijn.
             */
            doorlooptijd: string;
            /**
             * Format: duration
             * @description De termijn (ISO 8601-duur) die de organisatie zichzelf stelt, korter dan de doorlooptijd.
             */
            servicenorm?: string | null;
            /** @description Of de behandeling van een zaak van dit type stilgelegd kan worden. */
            opschortingEnAanhoudingMogelijk: boolean;
            /** @description Of de doorlooptijd verlengd kan worden. */
            verlengingMogelijk: boolean;
            /**
             * Format: duration
             * @description Met hoeveel (ISO 8601-duur) de doorlooptijd hoogstens verlengd kan worden.
             */
            verlengingstermijn?: string | null;
            /** @description Woorden waarmee zaken van dit type te vinden zijn. */
            trefwoorden?: string[];
            /** @description Of objecten van dit type gepubliceerd moeten worden. */
            publicatieIndicatie: boolean;
            /** @description De tekst die bij publicatie wordt gebruikt. */
            publicatietekst?: string;
            /** @description Hoe zaken van dit type bijdragen aan beleid of begroting. */
            verantwoordingsrelatie?: string[];
            /** @description De adressen van de producten of diensten die zaken van dit type opleveren. */
            productenOfDiensten: string[];
            /**
             * Format: uri
             * @description Het adres van het procestype in de Selectielijst API waar dit zaaktype onder valt.
             */
            selectielijstProcestype?: string;
            /** @description Het standaardproces waarop dit zaaktype gebaseerd is. */
            referentieproces: components["schemas"]["ReferentieProces"];
            /** @description De organisatie of afdeling die verantwoordelijk is voor zaken van dit type. */
            verantwoordelijke: string;
            /** @description De adressen van de zaakobjecttypen van dit zaaktype. */
            readonly zaakobjecttypen: string[];
            /** @description De catalogus waaruit dit zaaktype is overgenomen. */
            broncatalogus?: components["schemas"]["BronCatalogus"];
            /** @description Het zaaktype waaruit dit zaaktype is overgenomen. */
            bronzaaktype?: components["schemas"]["BronZaaktype"];
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
            /** @description De adressen van de statustypen van dit zaaktype. */
            readonly statustypen: string[];
            /** @description De adressen van de resultaattypen van dit zaaktype. */
            readonly resultaattypen: string[];
            /** @description De adressen van de eigenschappen van dit zaaktype. */
            readonly eigenschappen: string[];
            /** @description Alleen in antwoorden; zie ZaakType. */
            readonly informatieobjecttypen: string[];
            /** @description De adressen van de roltypen van dit zaaktype. */
            readonly roltypen: string[];
            /** @description De omschrijvingen van de besluittypen (in dezelfde catalogus) die bij dit zaaktype horen. */
            besluittypen: string[];
            /** @description De identificaties van de zaaktypen (in dezelfde catalogus) die als deelzaak kunnen voorkomen. */
            deelzaaktypen: string[];
            /** @description Zaaktypen, bij hun identificatie, waarvan zaken van belang zijn voor zaken van dit type. */
            gerelateerdeZaaktypen: components["schemas"]["ZaakTypenRelatieCreate"][];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de kenmerken van deze versie zijn gaan gelden.
             */
            versiedatum: string;
            /** @description `true` zolang dit een concept is; `false` na publiceren. Alleen te veranderen met de operatie `publish`. */
            readonly concept: boolean;
        };
        /** @description Dat documenten van een informatieobjecttype bij zaken van een zaaktype horen. */
        ZaakTypeInformatieObjectType: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /**
             * Format: uri
             * @description Het adres van het zaaktype waar dit object bij hoort.
             */
            zaaktype: string;
            /** @description De identificatie van het zaaktype waar dit object bij hoort. */
            readonly zaaktypeIdentificatie: string;
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            readonly catalogus: string;
            /** @description Het informatieobjecttype: bij het vastleggen zijn omschrijving (of adres) in de catalogus van het zaaktype; in een antwoord het adres van de geldende gepubliceerde versie, of de omschrijving als die er niet is. */
            informatieobjecttype: string;
            /** @description De plaats van dit informatieobjecttype in de volgorde, uniek binnen het zaaktype. */
            volgnummer: number;
            /** @description Of documenten van dit type binnenkomen, uitgaan of intern blijven. */
            richting: components["schemas"]["RichtingEnum"];
            /**
             * Format: uri
             * @description Het adres van het statustype waarvoor zulke documenten aanwezig moeten zijn.
             */
            statustype?: string | null;
        };
        /** @description Een zaaktype: alles wat zaken van één soort gemeen hebben. Versies van een zaaktype delen hun identificatie. */
        ZaakTypeUpdate: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url: string;
            /** @description De identificatie van het zaaktype, uniek binnen de catalogus (versies delen haar). */
            identificatie: string;
            /** @description Hoe mensen zaken van dit type noemen. */
            omschrijving: string;
            /** @description Een algemene omschrijving, gelijk voor vergelijkbare typen bij alle organisaties. */
            omschrijvingGeneriek?: string;
            /** @description Hoe vertrouwelijk objecten van dit type standaard zijn. */
            vertrouwelijkheidaanduiding: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /** @description Waarvoor zaken van dit type dienen. */
            doel: string;
            /** @description Wat een zaak van dit type in gang zet. */
            aanleiding: string;
            /** @description Een vrije toelichting. */
            toelichting?: string;
            /** @description Of zaken van dit type intern of voor klanten zijn. */
            indicatieInternOfExtern: components["schemas"]["IndicatieInternOfExternEnum"];
            /** @description Wat de initiator doet om een zaak te beginnen, bijvoorbeeld aanvragen of melden. */
            handelingInitiator: string;
            /** @description Waar zaken van dit type over gaan. */
            onderwerp: string;
            /** @description Wat de behandelaar doet, bijvoorbeeld behandelen of beslissen. */
            handelingBehandelaar: string;
            /**
             * Format: duration
             * @description De termijn (ISO 8601-duur, bijvoorbeeld P8W) waarin de behandeling klaar moet zijn.
             */
            doorlooptijd: string;
            /**
             * Format: duration
             * @description De termijn (ISO 8601-duur) die de organisatie zichzelf stelt, korter dan de doorlooptijd.
             */
            servicenorm?: string | null;
            /** @description Of de behandeling van een zaak van dit type stilgelegd kan worden. */
            opschortingEnAanhoudingMogelijk: boolean;
            /** @description Of de doorlooptijd verlengd kan worden. */
            verlengingMogelijk: boolean;
            /**
             * Format: duration
             * @description Met hoeveel (ISO 8601-duur) de doorlooptijd hoogstens verlengd kan worden.
             */
            verlengingstermijn?: string | null;
            /** @description Woorden waarmee zaken van dit type te vinden zijn. */
            trefwoorden?: string[];
            /** @description Of objecten van dit type gepubliceerd moeten worden. */
            publicatieIndicatie: boolean;
            /** @description De tekst die bij publicatie wordt gebruikt. */
            publicatietekst?: string;
            /** @description Hoe zaken van dit type bijdragen aan beleid of begroting. */
            verantwoordingsrelatie?: string[];
            /** @description De adressen van de producten of diensten die zaken van dit type opleveren. */
            productenOfDiensten: string[];
            /**
             * Format: uri
             * @description Het adres van het procestype in de Selectielijst API waar dit zaaktype onder valt.
             */
            selectielijstProcestype?: string;
            /** @description Het standaardproces waarop dit zaaktype gebaseerd is. */
            referentieproces: components["schemas"]["ReferentieProces"];
            /** @description De organisatie of afdeling die verantwoordelijk is voor zaken van dit type. */
            verantwoordelijke: string;
            /** @description De adressen van de zaakobjecttypen van dit zaaktype. */
            readonly zaakobjecttypen: string[];
            /** @description De catalogus waaruit dit zaaktype is overgenomen. */
            broncatalogus?: components["schemas"]["BronCatalogus"];
            /** @description Het zaaktype waaruit dit zaaktype is overgenomen. */
            bronzaaktype?: components["schemas"]["BronZaaktype"];
            /**
             * Format: uri
             * @description Het adres van de catalogus waar dit object bij hoort.
             */
            catalogus: string;
            /** @description De adressen van de statustypen van dit zaaktype. */
            readonly statustypen: string[];
            /** @description De adressen van de resultaattypen van dit zaaktype. */
            readonly resultaattypen: string[];
            /** @description De adressen van de eigenschappen van dit zaaktype. */
            readonly eigenschappen: string[];
            /** @description Alleen in antwoorden; zie ZaakType. */
            readonly informatieobjecttypen: string[];
            /** @description De adressen van de roltypen van dit zaaktype. */
            readonly roltypen: string[];
            /** @description De omschrijvingen van de besluittypen (in dezelfde catalogus) die bij dit zaaktype horen. */
            besluittypen: string[];
            /** @description De identificaties van de zaaktypen (in dezelfde catalogus) die als deelzaak kunnen voorkomen. */
            deelzaaktypen: string[];
            /** @description Zaaktypen, bij hun identificatie, waarvan zaken van belang zijn voor zaken van dit type. */
            gerelateerdeZaaktypen: components["schemas"]["ZaakTypenRelatieCreate"][];
            /**
             * Format: date
             * @description De eerste dag waarop deze versie geldt.
             */
            beginGeldigheid: string;
            /**
             * Format: date
             * @description De laatste dag waarop deze versie geldt; leeg zolang er geen einde is.
             */
            eindeGeldigheid?: string | null;
            /**
             * Format: date
             * @description De dag waarop de eerste versie van dit type ging gelden.
             */
            beginObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de laatste versie van dit type ophoudt te gelden.
             */
            eindeObject?: string | null;
            /**
             * Format: date
             * @description De dag waarop de kenmerken van deze versie zijn gaan gelden.
             */
            versiedatum: string;
            /** @description `true` zolang dit een concept is; `false` na publiceren. Alleen te veranderen met de operatie `publish`. */
            readonly concept: boolean;
        };
        /** @description Een zaaktype dat samenhangt met dit zaaktype, en hoe. */
        ZaakTypenRelatie: {
            /**
             * Format: uri
             * @description Het adres van het gerelateerde zaaktype.
             */
            zaaktype: string;
            /** @description Hoe de zaaktypen samenhangen. */
            aardRelatie: components["schemas"]["AardRelatieEnum"];
            /** @description Een toelichting op de samenhang. */
            toelichting?: string;
        };
        /** @description Een zaaktype dat samenhangt met dit zaaktype, en hoe. */
        ZaakTypenRelatieCreate: {
            /** @description De identificatie van het gerelateerde zaaktype in dezelfde catalogus. */
            zaaktype: string;
            /** @description Hoe de zaaktypen samenhangen. */
            aardRelatie: components["schemas"]["AardRelatieEnum"];
            /** @description Een toelichting op de samenhang. */
            toelichting?: string;
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
        /** @description Het gevraagde antwoordformaat (header `Accept`) wordt niet geleverd. */
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
        /** @description De uuid waaronder het object bekend is. */
        uuid: string;
        /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
        "If-None-Match": string;
    };
    requestBodies: never;
    headers: {
        /** @description De versie van dit contract die het antwoord volgt, bijvoorbeeld 1.3.1. */
        "API-version": string;
        /** @description Het adres van het zojuist vastgelegde object. */
        Location: string;
        /** @description Een vingerafdruk van de inhoud van het antwoord. Zolang de ETag gelijk blijft is het object niet veranderd; gebruik hem met `If-None-Match`. */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    besluittype_list: {
        parameters: {
            query?: {
                /** @description Alleen besluittypen in de catalogus met dit adres. */
                catalogus?: string;
                /** @description Alleen besluittypen die horen bij het zaaktype met dit adres. */
                zaaktypen?: string;
                /** @description Alleen besluittypen waarvan de besluiten worden vastgelegd in het informatieobjecttype met dit adres. */
                informatieobjecttypen?: string;
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
                /** @description Alleen besluittypen met precies deze omschrijving. */
                omschrijving?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datumGeldigheid?: string;
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
            /** @description Eén pagina met besluittypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedBesluitTypeList"];
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
    besluittype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BesluitTypeCreate"];
            };
        };
        responses: {
            /** @description Het besluittype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BesluitType"];
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
    besluittype_retrieve: {
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
            /** @description Het besluittype, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BesluitType"];
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
    besluittype_update: {
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
                "application/json": components["schemas"]["BesluitTypeUpdate"];
            };
        };
        responses: {
            /** @description Het besluittype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BesluitType"];
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
    besluittype_destroy: {
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
            /** @description Het besluittype is verwijderd; de inhoud van het antwoord is een leeg object. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    besluittype_headers: {
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
    besluittype_partial_update: {
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
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Het besluittype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    besluittype_publish: {
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
        requestBody?: never;
        responses: {
            /** @description Het besluittype na het publiceren. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BesluitType"];
                };
            };
            /** @description Het verzoek is ongeldig; `invalidParams` noemt per veld of parameter wat er mis is. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Er is geen (geldig) token meegestuurd. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het token geeft geen recht op deze handeling. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er bestaat geen object met deze uuid. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het gevraagde antwoordformaat (header `Accept`) wordt niet geleverd. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het verzoek botst met de huidige toestand van de gegevens. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description De gegevens bestonden, maar zijn verwijderd. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description De meegestuurde gegevens hebben een formaat dat niet wordt ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er komen te veel verzoeken kort na elkaar binnen; probeer het later opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er ging aan de kant van de server iets mis. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
    catalogus_list: {
        parameters: {
            query?: {
                /** @description Alleen catalogussen met precies deze domeinafkorting. */
                domein?: string;
                /** @description Alleen catalogussen waarvan de domeinafkorting in deze lijst staat; scheid de waarden met komma's. */
                domein__in?: string;
                /** @description Alleen catalogussen van de eigenaar met dit RSIN. */
                rsin?: string;
                /** @description Alleen catalogussen van eigenaren waarvan het RSIN in deze lijst staat; scheid de waarden met komma's. */
                rsin__in?: string;
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
            /** @description Eén pagina met catalogussen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCatalogusList"];
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
    catalogus_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Catalogus"];
            };
        };
        responses: {
            /** @description De catalogus is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogus"];
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
    catalogus_retrieve: {
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
            /** @description De catalogus, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogus"];
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
    catalogus_headers: {
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
    eigenschap_list: {
        parameters: {
            query?: {
                /** @description Alleen eigenschappen van het zaaktype met dit adres. */
                zaaktype?: string;
                /** @description Alleen eigenschappen van zaaktypen met deze identificatie. */
                zaaktypeIdentificatie?: string;
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datumGeldigheid?: string;
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
            /** @description Eén pagina met eigenschappen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEigenschapList"];
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
    eigenschap_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Eigenschap"];
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
                    "application/json": components["schemas"]["Eigenschap"];
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
    eigenschap_retrieve: {
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
            /** @description De eigenschap, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Eigenschap"];
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
    eigenschap_update: {
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
                "application/json": components["schemas"]["Eigenschap"];
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
                    "application/json": components["schemas"]["Eigenschap"];
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
    eigenschap_destroy: {
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
            /** @description De eigenschap is verwijderd. */
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
    eigenschap_headers: {
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
    eigenschap_partial_update: {
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
                "application/json": components["schemas"]["PatchedEigenschap"];
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
                    "application/json": components["schemas"]["Eigenschap"];
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
    informatieobjecttype_list: {
        parameters: {
            query?: {
                /** @description Alleen informatieobjecttypen in de catalogus met dit adres. */
                catalogus?: string;
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datumGeldigheid?: string;
                /** @description Alleen informatieobjecttypen met precies deze omschrijving. */
                omschrijving?: string;
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
            /** @description Eén pagina met informatieobjecttypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedInformatieObjectTypeList"];
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
    informatieobjecttype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InformatieObjectType"];
            };
        };
        responses: {
            /** @description Het informatieobjecttype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InformatieObjectType"];
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
    informatieobjecttype_retrieve: {
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
            /** @description Het informatieobjecttype, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InformatieObjectType"];
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
    informatieobjecttype_update: {
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
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Het informatieobjecttype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    informatieobjecttype_destroy: {
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
            /** @description Het informatieobjecttype is verwijderd; de inhoud van het antwoord is een leeg object. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    informatieobjecttype_headers: {
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
    informatieobjecttype_partial_update: {
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
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Het informatieobjecttype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    informatieobjecttype_publish: {
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
        requestBody?: never;
        responses: {
            /** @description Het informatieobjecttype na het publiceren. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InformatieObjectType"];
                };
            };
            /** @description Het verzoek is ongeldig; `invalidParams` noemt per veld of parameter wat er mis is. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Er is geen (geldig) token meegestuurd. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het token geeft geen recht op deze handeling. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er bestaat geen object met deze uuid. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het gevraagde antwoordformaat (header `Accept`) wordt niet geleverd. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het verzoek botst met de huidige toestand van de gegevens. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description De gegevens bestonden, maar zijn verwijderd. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description De meegestuurde gegevens hebben een formaat dat niet wordt ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er komen te veel verzoeken kort na elkaar binnen; probeer het later opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er ging aan de kant van de server iets mis. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
    resultaattype_list: {
        parameters: {
            query?: {
                /** @description Alleen resultaattypen van het zaaktype met dit adres. */
                zaaktype?: string;
                /** @description Alleen resultaattypen van zaaktypen met deze identificatie. */
                zaaktype_identificatie?: string;
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datum_geldigheid?: string;
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
            /** @description Eén pagina met resultaattypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResultaatTypeList"];
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
    resultaattype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultaatTypeCreate"];
            };
        };
        responses: {
            /** @description Het resultaattype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultaatType"];
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
    resultaattype_retrieve: {
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
            /** @description Het resultaattype, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultaatType"];
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
    resultaattype_update: {
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
                "application/json": components["schemas"]["ResultaatTypeCreate"];
            };
        };
        responses: {
            /** @description Het resultaattype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultaatTypeUpdate"];
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
    resultaattype_destroy: {
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
            /** @description Het resultaattype is verwijderd. */
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
    resultaattype_headers: {
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
    resultaattype_partial_update: {
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
                "application/json": components["schemas"]["PatchedResultaatType"];
            };
        };
        responses: {
            /** @description Het resultaattype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultaatType"];
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
    roltype_list: {
        parameters: {
            query?: {
                /** @description Alleen roltypen van het zaaktype met dit adres. */
                zaaktype?: string;
                /** @description Alleen roltypen van zaaktypen met deze identificatie. */
                zaaktypeIdentificatie?: string;
                /** @description Alleen roltypen met deze algemene aard van de rol. */
                omschrijvingGeneriek?: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "zaakcoordinator" | "mede_initiator";
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datumGeldigheid?: string;
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
            /** @description Eén pagina met roltypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRolTypeList"];
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
    roltype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolType"];
            };
        };
        responses: {
            /** @description Het roltype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolType"];
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
    roltype_retrieve: {
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
            /** @description Het roltype, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolType"];
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
    roltype_update: {
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
                "application/json": components["schemas"]["RolType"];
            };
        };
        responses: {
            /** @description Het roltype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolType"];
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
    roltype_destroy: {
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
            /** @description Het roltype is verwijderd. */
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
    roltype_headers: {
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
    roltype_partial_update: {
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
                "application/json": components["schemas"]["PatchedRolType"];
            };
        };
        responses: {
            /** @description Het roltype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolType"];
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
    statustype_list: {
        parameters: {
            query?: {
                /** @description Alleen statustypen van het zaaktype met dit adres. */
                zaaktype?: string;
                /** @description Alleen statustypen van zaaktypen met deze identificatie. */
                zaaktypeIdentificatie?: string;
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datumGeldigheid?: string;
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
            /** @description Eén pagina met statustypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedStatusTypeList"];
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
    statustype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusType"];
            };
        };
        responses: {
            /** @description Het statustype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusType"];
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
    statustype_retrieve: {
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
            /** @description Het statustype, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusType"];
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
    statustype_update: {
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
                "application/json": components["schemas"]["StatusType"];
            };
        };
        responses: {
            /** @description Het statustype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusType"];
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
    statustype_destroy: {
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
            /** @description Het statustype is verwijderd. */
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
    statustype_headers: {
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
    statustype_partial_update: {
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
                "application/json": components["schemas"]["PatchedStatusType"];
            };
        };
        responses: {
            /** @description Het statustype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusType"];
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
    zaakobjecttype_list: {
        parameters: {
            query?: {
                /** @description Alleen zaakobjecttypen die wel (`true`) of niet (`false`) een ander objecttype beschrijven. */
                anderObjecttype?: string;
                /** @description Alleen zaakobjecttypen in de catalogus met dit adres. */
                catalogus?: string;
                /** @description Alleen zaakobjecttypen die op deze dag (JJJJ-MM-DD) geldig werden. */
                datumBeginGeldigheid?: string;
                /** @description Alleen zaakobjecttypen waarvan de geldigheid op deze dag (JJJJ-MM-DD) eindigt. */
                datumEindeGeldigheid?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datumGeldigheid?: string;
                /** @description Alleen zaakobjecttypen met dit objecttype (adres). */
                objecttype?: string;
                /** @description Alleen zaakobjecttypen met precies deze omschrijving van de relatie. */
                relatieOmschrijving?: string;
                /** @description Alleen zaakobjecttypen van het zaaktype met dit adres. */
                zaaktype?: string;
                /** @description Alleen zaakobjecttypen van zaaktypen met deze identificatie. */
                zaaktypeIdentificatie?: string;
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
            /** @description Eén pagina met zaakobjecttypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedZaakObjectTypeList"];
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
    zaakobjecttype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakObjectType"];
            };
        };
        responses: {
            /** @description Het zaakobjecttype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObjectType"];
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
    zaakobjecttype_retrieve: {
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
            /** @description Het zaakobjecttype, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObjectType"];
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
    zaakobjecttype_update: {
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
                "application/json": components["schemas"]["ZaakObjectType"];
            };
        };
        responses: {
            /** @description Het zaakobjecttype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObjectType"];
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
    zaakobjecttype_destroy: {
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
            /** @description Het zaakobjecttype is verwijderd. */
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
    zaakobjecttype_headers: {
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
    zaakobjecttype_partial_update: {
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
                "application/json": components["schemas"]["PatchedZaakObjectType"];
            };
        };
        responses: {
            /** @description Het zaakobjecttype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObjectType"];
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
    zaakinformatieobjecttype_list: {
        parameters: {
            query?: {
                /** @description Alleen koppelingen tussen zaaktypen en informatieobjecttypen van het zaaktype met dit adres. */
                zaaktype?: string;
                /** @description Alleen koppelingen met dit informatieobjecttype: zijn omschrijving, of het adres van een van zijn versies. */
                informatieobjecttype?: string;
                /** @description Alleen koppelingen met deze richting. */
                richting?: "inkomend" | "intern" | "uitgaand";
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
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
            /** @description Eén pagina met koppelingen tussen zaaktypen en informatieobjecttypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedZaakTypeInformatieObjectTypeList"];
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
    zaakinformatieobjecttype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakTypeInformatieObjectType"];
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
                    "application/json": components["schemas"]["ZaakTypeInformatieObjectType"];
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
    zaakinformatieobjecttype_retrieve: {
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
                    "application/json": components["schemas"]["ZaakTypeInformatieObjectType"];
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
    zaakinformatieobjecttype_update: {
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
                "application/json": components["schemas"]["ZaakTypeInformatieObjectType"];
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
                    "application/json": components["schemas"]["ZaakTypeInformatieObjectType"];
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
    zaakinformatieobjecttype_destroy: {
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
    zaakinformatieobjecttype_headers: {
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
    zaakinformatieobjecttype_partial_update: {
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
                "application/json": components["schemas"]["PatchedZaakTypeInformatieObjectType"];
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
                    "application/json": components["schemas"]["ZaakTypeInformatieObjectType"];
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
    zaaktype_list: {
        parameters: {
            query?: {
                /** @description Alleen zaaktypen in de catalogus met dit adres. */
                catalogus?: string;
                /** @description Alleen zaaktypen met deze identificatie. */
                identificatie?: string;
                /** @description Alleen zaaktypen met al deze trefwoorden; scheid meerdere met komma's. */
                trefwoorden?: string[];
                /** @description Welke versies de lijst toont: `definitief` (gepubliceerd; zonder deze parameter), `concept` of `alles`. Bij onderdelen van een zaaktype gaat het om de status van het zaaktype. */
                status?: string;
                /** @description Alleen versies die op deze dag (JJJJ-MM-DD) geldig zijn. */
                datumGeldigheid?: string;
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
            /** @description Eén pagina met zaaktypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedZaakTypeList"];
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
    zaaktype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Het formaat van de meegestuurde gegevens; altijd JSON. */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakTypeCreate"];
            };
        };
        responses: {
            /** @description Het zaaktype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakType"];
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
    zaaktype_retrieve: {
        parameters: {
            query?: {
                /** @description De dag (JJJJ-MM-DD) waarop de verwijzingen naar besluittypen, informatieobjecttypen en zaaktypen moeten gelden; zonder deze parameter vandaag. */
                datumGeldigheid?: string;
            };
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
            /** @description Het zaaktype, zoals nu vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakType"];
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
    zaaktype_update: {
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
                "application/json": components["schemas"]["ZaakTypeUpdate"];
            };
        };
        responses: {
            /** @description Het zaaktype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakType"];
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
    zaaktype_destroy: {
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
            /** @description Het zaaktype is verwijderd; de inhoud van het antwoord is een leeg object. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    zaaktype_headers: {
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
    zaaktype_partial_update: {
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
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Het zaaktype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    zaaktype_publish: {
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
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Het zaaktype na het publiceren. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakType"];
                };
            };
            /** @description Het verzoek is ongeldig; `invalidParams` noemt per veld of parameter wat er mis is. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Er is geen (geldig) token meegestuurd. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het token geeft geen recht op deze handeling. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er bestaat geen object met deze uuid. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het gevraagde antwoordformaat (header `Accept`) wordt niet geleverd. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Het verzoek botst met de huidige toestand van de gegevens. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description De gegevens bestonden, maar zijn verwijderd. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description De meegestuurde gegevens hebben een formaat dat niet wordt ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er komen te veel verzoeken kort na elkaar binnen; probeer het later opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Er ging aan de kant van de server iets mis. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
}
