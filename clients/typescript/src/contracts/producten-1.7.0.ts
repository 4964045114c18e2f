// Generated from openapi/producten-1.7.0.yaml by `make clients`; do not edit.
export interface paths {
    "/producten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Producten zoeken
         * @description Geeft de producten die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["producten_list"];
        put?: never;
        /**
         * Een product aanmaken
         * @description Legt een product vast. Het antwoord toont wat is opgeslagen.
         */
        post: operations["producten_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de producten ophalen
         * @description Geeft het product met deze sleutel.
         */
        get: operations["producten_retrieve"];
        /**
         * Het product geheel vervangen
         * @description Vervangt alle gegevens van het product door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["producten_update"];
        post?: never;
        /**
         * Het product verwijderen
         * @description Verwijdert het product.
         */
        delete: operations["producten_destroy"];
        options?: never;
        head?: never;
        /**
         * Het product deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het product bij.
         */
        patch: operations["producten_partial_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Leeg.
         * @enum {unknown}
         */
        BlankEnum: "";
        /** @description Een fout met alleen een beschrijving. */
        DetailError: {
            /** @description Wat er mis is, in woorden. */
            detail: string;
        };
        /** @description Een eigenaar van het product, een persoon of een organisatie. */
        Eigenaar: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            uuid?: string;
            /** @description Het BSN van de eigenaar (9 cijfers, elfproef). */
            bsn?: string;
            /** @description Het KvK-nummer van de eigenaar (8 cijfers). */
            kvk_nummer?: string;
            /** @description Het vestigingsnummer, alleen bij een KvK-nummer. */
            vestigingsnummer?: string;
            /** @description Een klantnummer of partij-identificatie van de eigenaar. */
            klantnummer?: string;
        };
        /** @description Zie de velden hieronder. */
        EigenaarRequest: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            uuid?: string;
            /** @description Het gegeven `bsn`. */
            bsn?: string;
            /** @description Het gegeven `kvk_nummer`. */
            kvk_nummer?: string;
            /** @description Het gegeven `vestigingsnummer`. */
            vestigingsnummer?: string;
            /** @description Het gegeven `klantnummer`. */
            klantnummer?: string;
        };
        /** @description Het voorbeeld van een fout uit de specificatie van Open Product (velden met hun fouten). Deze API antwoordt met application/problem+json (zie ValidatieFout). */
        Error: {
            /** @description Voorbeeld van een veld met fouten (zie application/problem+json voor wat deze API werkelijk stuurt). */
            veld_a: string[];
            /** @description Voorbeeld van een veld met fouten (zie application/problem+json voor wat deze API werkelijk stuurt). */
            veld_b: string[];
        };
        /**
         * @description Hoe vaak er betaald wordt.
         * @enum {string}
         */
        FrequentieEnum: "eenmalig" | "maandelijks" | "jaarlijks";
        /** @description Een document, als adres en/of URN. */
        NestedDocument: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        NestedDocumentRequest: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Het producttype van een product, in het kort. */
        NestedProductType: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
            /** @description De naam. */
            naam: string;
            /** @description Trefwoorden waarop gezocht kan worden. */
            keywords?: string[];
            /** @description De uniforme productnaam uit de UPL. */
            uniforme_product_naam: string;
            /** @description De statussen die producten van dit type mogen hebben, naast `initieel`. */
            toegestane_statussen?: components["schemas"]["ToegestaneStatussenEnum"][];
            /** @description Of dit getoond mag worden. */
            readonly gepubliceerd: boolean;
            /**
             * Format: date
             * @description De eerste dag van de publicatie.
             */
            publicatie_start_datum?: string | null;
            /**
             * Format: date
             * @description De dag waarop de publicatie eindigt (niet meer gepubliceerd).
             */
            publicatie_eind_datum?: string | null;
            /**
             * Format: date-time
             * @description Het moment waarop dit object is aangemaakt.
             */
            readonly aanmaak_datum: string;
            /**
             * Format: date-time
             * @description Het moment waarop dit object voor het laatst is gewijzigd.
             */
            readonly update_datum: string;
            /** @description De thema's waaronder dit valt. */
            themas: components["schemas"]["NestedThema"][];
            /** @description De taal van naam en samenvatting in dit antwoord (`nl` of `en`). */
            readonly taal: string;
        };
        /** @description Zie de velden hieronder. */
        NestedProductTypeRequest: {
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
            /** @description De naam. */
            naam: string;
            /** @description Trefwoorden waarop gezocht kan worden. */
            keywords?: string[];
            /** @description De uniforme productnaam uit de UPL. */
            uniforme_product_naam: string;
            /** @description De statussen die producten van dit type mogen hebben, naast `initieel`. */
            toegestane_statussen?: components["schemas"]["ToegestaneStatussenEnum"][];
            /**
             * Format: date
             * @description De eerste dag van de publicatie.
             */
            publicatie_start_datum?: string | null;
            /**
             * Format: date
             * @description De dag waarop de publicatie eindigt (niet meer gepubliceerd).
             */
            publicatie_eind_datum?: string | null;
            /** @description De thema's waaronder dit valt. */
            themas: components["schemas"]["NestedThemaRequest"][];
        };
        /** @description Een taak, als adres en/of URN. */
        NestedTaak: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        NestedTaakRequest: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Een thema van het producttype. */
        NestedThema: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /** @description Een beschrijving (markdown). */
            beschrijving?: string;
            /** @description Of dit getoond mag worden. */
            gepubliceerd?: boolean;
            /**
             * Format: date-time
             * @description Het moment waarop dit object is aangemaakt.
             */
            readonly aanmaak_datum: string;
            /**
             * Format: date-time
             * @description Het moment waarop dit object voor het laatst is gewijzigd.
             */
            readonly update_datum: string;
            /**
             * Format: uuid
             * @description De uuid van het thema waaronder dit thema valt; leeg voor een hoofdthema.
             */
            hoofd_thema: string;
        };
        /** @description Zie de velden hieronder. */
        NestedThemaRequest: {
            /** @description De naam. */
            naam: string;
            /** @description Een beschrijving (markdown). */
            beschrijving?: string;
            /** @description Of dit getoond mag worden. */
            gepubliceerd?: boolean;
            /**
             * Format: uuid
             * @description De uuid van het thema waaronder dit thema valt; leeg voor een hoofdthema.
             */
            hoofd_thema: string;
        };
        /** @description Een zaak, als adres en/of URN. */
        NestedZaak: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        NestedZaakRequest: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Eén pagina uit een lijst (Product). */
        PaginatedProductList: {
            /** @description Het aantal resultaten in de hele lijst. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina, of leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina, of leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Product"][];
        };
        /** @description Zie de velden hieronder. */
        PatchedProductRequest: {
            /** @description De naam. */
            naam?: string;
            /**
             * Format: date
             * @description Het gegeven `start_datum`.
             */
            start_datum?: string | null;
            /**
             * Format: date
             * @description Het gegeven `eind_datum`.
             */
            eind_datum?: string | null;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string;
            /** @description Of dit getoond mag worden. */
            gepubliceerd?: boolean;
            /** @description Het gegeven `eigenaren`. */
            eigenaren?: components["schemas"]["EigenaarRequest"][];
            /** @description Het gegeven `documenten`. */
            documenten?: components["schemas"]["NestedDocumentRequest"][];
            /** @description Het gegeven `zaken`. */
            zaken?: components["schemas"]["NestedZaakRequest"][];
            /** @description Het gegeven `taken`. */
            taken?: components["schemas"]["NestedTaakRequest"][];
            /** @description Het gegeven `status`. */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: decimal
             * @description Het gegeven `prijs`.
             */
            prijs?: string | null;
            /** @description Het gegeven `frequentie`. */
            frequentie?: components["schemas"]["FrequentieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Het gegeven `verbruiksobject`. */
            verbruiksobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Het gegeven `dataobject`. */
            dataobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Het gegeven `aanvraag_zaak_urn`. */
            aanvraag_zaak_urn?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `aanvraag_zaak_url`.
             */
            aanvraag_zaak_url?: string | null;
        };
        /** @description Een verstrekt product met zijn eigenaren, status, looptijd en gegevens. */
        Product: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            readonly url: string;
            /** @description Een naam voor dit product, bijvoorbeeld met het kenteken of adres erin. */
            naam?: string;
            /**
             * Format: date
             * @description De dag waarop het product ingaat; vanaf die dag is de status `actief`. Kan alleen als het producttype `actief` toestaat.
             */
            start_datum?: string | null;
            /**
             * Format: date
             * @description De dag waarop het product afloopt; vanaf die dag is de status `verlopen`. Kan alleen als het producttype `verlopen` toestaat, en ligt na de startdatum.
             */
            eind_datum?: string | null;
            /**
             * Format: date-time
             * @description Het moment waarop dit object is aangemaakt.
             */
            readonly aanmaak_datum: string;
            /**
             * Format: date-time
             * @description Het moment waarop dit object voor het laatst is gewijzigd.
             */
            readonly update_datum: string;
            /** @description Het producttype van dit product. */
            readonly producttype: components["schemas"]["NestedProductType"];
            /** @description Of het product getoond mag worden (bijvoorbeeld in een portaal). */
            gepubliceerd?: boolean;
            /** @description De eigenaren; minstens één. */
            eigenaren: components["schemas"]["Eigenaar"][];
            /** @description Documenten die bij dit product horen. */
            documenten?: components["schemas"]["NestedDocument"][];
            /** @description Zaken die bij dit product horen. */
            zaken?: components["schemas"]["NestedZaak"][];
            /** @description Taken die bij dit product horen. */
            taken?: components["schemas"]["NestedTaak"][];
            /** @description `initieel` of een van de toegestane statussen van het producttype. */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: decimal
             * @description De prijs van het product.
             */
            prijs?: string | null;
            /** @description Hoe vaak de prijs betaald wordt. */
            frequentie?: components["schemas"]["FrequentieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Verbruiksgegevens, volgens het verbruiksobject-schema van het producttype. */
            verbruiksobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Gegevens van het product, volgens het dataobject-schema van het producttype. Kan in portalen getoond worden: geen interne informatie. */
            dataobject?: {
                [key: string]: unknown;
            } | null;
            /** @description De URN van de zaak waaruit dit product is ontstaan. */
            aanvraag_zaak_urn?: string | null;
            /**
             * Format: uri
             * @description Het adres van de zaak waaruit dit product is ontstaan.
             */
            aanvraag_zaak_url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        ProductRequest: {
            /** @description De naam. */
            naam?: string;
            /**
             * Format: date
             * @description Het gegeven `start_datum`.
             */
            start_datum?: string | null;
            /**
             * Format: date
             * @description Het gegeven `eind_datum`.
             */
            eind_datum?: string | null;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
            /** @description Of dit getoond mag worden. */
            gepubliceerd?: boolean;
            /** @description Het gegeven `eigenaren`. */
            eigenaren: components["schemas"]["EigenaarRequest"][];
            /** @description Het gegeven `documenten`. */
            documenten?: components["schemas"]["NestedDocumentRequest"][];
            /** @description Het gegeven `zaken`. */
            zaken?: components["schemas"]["NestedZaakRequest"][];
            /** @description Het gegeven `taken`. */
            taken?: components["schemas"]["NestedTaakRequest"][];
            /** @description Het gegeven `status`. */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: decimal
             * @description Het gegeven `prijs`.
             */
            prijs?: string | null;
            /** @description Het gegeven `frequentie`. */
            frequentie?: components["schemas"]["FrequentieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Het gegeven `verbruiksobject`. */
            verbruiksobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Het gegeven `dataobject`. */
            dataobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Het gegeven `aanvraag_zaak_urn`. */
            aanvraag_zaak_urn?: string | null;
            /**
             * Format: uri
             * @description Het gegeven `aanvraag_zaak_url`.
             */
            aanvraag_zaak_url?: string | null;
        };
        /**
         * @description De statussen die een product kan hebben.
         * @enum {string}
         */
        StatusEnum: "initieel" | "in_aanvraag" | "gereed" | "actief" | "ingetrokken" | "geweigerd" | "verlopen";
        /**
         * @description De statussen die een producttype kan toestaan.
         * @enum {string}
         */
        ToegestaneStatussenEnum: "in_aanvraag" | "gereed" | "actief" | "ingetrokken" | "geweigerd" | "verlopen";
        /** @description Een fout, als application/problem+json (RFC 7807). */
        Fout: {
            /** @description Een URN die de soort fout noemt. */
            type?: string;
            /** @description De code van de fout, voor programma's. */
            code: string;
            /** @description De soort fout, in woorden. */
            title: string;
            /** @description De HTTP-statuscode. */
            status: number;
            /** @description Wat er in dit geval mis is. */
            detail: string;
            /** @description De URN van dit verzoek (het request-id), om het in de logs terug te vinden. */
            instance: string;
        };
        /** @description Een ongeldig verzoek: per veld of parameter wat er mis is. */
        ValidatieFout: components["schemas"]["Fout"] & {
            /** @description Eén item per veld of parameter dat niet klopt. */
            invalidParams: components["schemas"]["FieldValidationError"][];
        };
        /** @description Wat er mis is met één veld of parameter. */
        FieldValidationError: {
            /** @description De naam van het veld (met punten voor geneste velden) of `nonFieldErrors`. */
            name: string;
            /** @description De code van de fout, voor programma's. */
            code: string;
            /** @description Wat er mis is, in woorden. */
            reason: string;
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
                "application/json": components["schemas"]["Error"];
                "application/problem+json": components["schemas"]["ValidatieFout"];
            };
        };
        /** @description Het token geeft geen recht op deze handeling. */
        Forbidden: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DetailError"];
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De gevraagde pagina ligt voorbij de laatste pagina van de lijst. */
        PageNotFound: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
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
        /** @description Er bestaat geen object met deze sleutel. */
        NotFound: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De meegestuurde gegevens hebben een Content-Type dat deze bewerking niet aanneemt (JSON, en multipart/form-data bij het uploaden van bestanden), of er is geen Content-Type meegestuurd. */
        UnsupportedMediaType: {
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
        /** @description De uuid waaronder het object bekend is. */
        uuid: string;
    };
    requestBodies: never;
    headers: {
        /** @description De versie van dit contract die het antwoord volgt, bijvoorbeeld 1.7.0. */
        "API-version": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    producten_list: {
        parameters: {
            query?: {
                /** @description Alleen producten die op dit moment zijn aangemaakt. */
                aanmaak_datum?: string;
                /** @description Alleen producten die op of na dit moment zijn aangemaakt. */
                aanmaak_datum__gte?: string;
                /** @description Alleen producten die op of voor dit moment zijn aangemaakt. */
                aanmaak_datum__lte?: string;
                /** @description Alleen producten die zijn ontstaan uit de zaak met dit adres. */
                aanvraag_zaak_url?: string;
                /** @description Alleen producten waarvan het adres van de aanvraagzaak deze tekst bevat. */
                aanvraag_zaak_url__contains?: string;
                /** @description Alleen producten die zijn ontstaan uit de zaak met deze URN. */
                aanvraag_zaak_urn?: string;
                /** @description Alleen producten waarvan de URN van de aanvraagzaak deze tekst bevat. */
                aanvraag_zaak_urn__contains?: string;
                /** @description Zoeken in het dataobject: `sleutel__operator__waarde`, bijvoorbeeld `kenteken__exact__AA-111-B` of, voor een geneste sleutel, `auto__kenteken__exact__AA-111-B`. Operators: `exact`, `gt`, `gte`, `lt`, `lte` (alleen getallen en datums JJJJ-MM-DD), `icontains` en `in` (waarden gescheiden door `|`). Herhaal de parameter om op meer sleutels tegelijk te zoeken. */
                dataobject_attr?: string;
                /** @description Alleen producten met een document met dit adres. */
                documenten__url?: string;
                /** @description Alleen producten met een document waarvan het adres deze tekst bevat. */
                documenten__url__contains?: string;
                /** @description Alleen producten met een document met deze URN. */
                documenten__urn?: string;
                /** @description Alleen producten met een document waarvan de URN deze tekst bevat. */
                documenten__urn__contains?: string;
                /** @description Alleen producten van de eigenaar met dit BSN (9 cijfers). */
                eigenaren__bsn?: string;
                /** @description Alleen producten van de eigenaar met dit klantnummer. */
                eigenaren__klantnummer?: string;
                /** @description Alleen producten van de eigenaar met dit KvK-nummer. */
                eigenaren__kvk_nummer?: string;
                /** @description Alleen het product van de eigenaar met deze uuid. */
                eigenaren__uuid?: string;
                /** @description Alleen producten van de eigenaar met dit vestigingsnummer. */
                eigenaren__vestigingsnummer?: string;
                /** @description Alleen producten met deze einddatum. */
                eind_datum?: string;
                /** @description Alleen producten met een einddatum op of na deze dag. */
                eind_datum__gte?: string;
                /** @description Alleen producten met een einddatum op of voor deze dag. */
                eind_datum__lte?: string;
                /** @description Alleen producten met deze betaalfrequentie. */
                frequentie?: "eenmalig" | "jaarlijks" | "maandelijks";
                /** @description Alleen producten die wel (`true`) of niet (`false`) gepubliceerd zijn. */
                gepubliceerd?: boolean;
                /** @description Alleen producten met precies deze naam. */
                naam?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen producten met precies deze prijs. */
                prijs?: number;
                /** @description Alleen producten met een prijs van minstens dit bedrag. */
                prijs__gte?: number;
                /** @description Alleen producten met een prijs van hoogstens dit bedrag. */
                prijs__lte?: number;
                /** @description Alleen producten van het producttype met deze code. */
                producttype__code?: string;
                /** @description Alleen producten van producttypen met een van deze codes; scheid ze met komma's. */
                producttype__code__in?: string[];
                /** @description Alleen producten van producttypen die wel (`true`) of niet (`false`) gepubliceerd zijn. */
                producttype__gepubliceerd?: boolean;
                /** @description Alleen producten van producttypen bij de locatie met deze uuid. */
                producttype__locaties__uuid?: string;
                /** @description Alleen producten van het producttype met deze (Nederlandse) naam. */
                producttype__naam?: string;
                /** @description Alleen producten van producttypen waarvan de Nederlandse naam deze tekst bevat. */
                producttype__naam__icontains?: string;
                /** @description Alleen producten van producttypen met een van deze Nederlandse namen; scheid ze met komma's. */
                producttype__naam__in?: string[];
                /** @description Alleen producten van producttypen bij de organisatie met deze code. */
                producttype__organisaties__code?: string;
                /** @description Alleen producten van producttypen bij de organisatie met deze uuid. */
                producttype__organisaties__uuid?: string;
                /** @description Alleen producten van producttypen onder het thema met deze naam. */
                producttype__themas__naam?: string;
                /** @description Alleen producten van producttypen onder een thema met een van deze namen; scheid ze met komma's. */
                producttype__themas__naam__in?: string[];
                /** @description Alleen producten van producttypen onder het thema met deze uuid. */
                producttype__themas__uuid?: string;
                /** @description Alleen producten van producttypen onder een van deze thema's; scheid de uuid's met komma's. */
                producttype__themas__uuid__in?: string[];
                /** @description Alleen producten van het producttype met deze uuid. */
                producttype__uuid?: string;
                /** @description Alleen producten van een van deze producttypen; scheid de uuid's met komma's. */
                producttype__uuid__in?: string[];
                /** @description Alleen producten met deze startdatum. */
                start_datum?: string;
                /** @description Alleen producten met een startdatum op of na deze dag. */
                start_datum__gte?: string;
                /** @description Alleen producten met een startdatum op of voor deze dag. */
                start_datum__lte?: string;
                /** @description Alleen producten met deze status. */
                status?: "actief" | "gereed" | "geweigerd" | "in_aanvraag" | "ingetrokken" | "initieel" | "verlopen";
                /** @description Alleen producten met een taak met dit adres. */
                taken__url?: string;
                /** @description Alleen producten met een taak waarvan het adres deze tekst bevat. */
                taken__url__contains?: string;
                /** @description Alleen producten met een taak met deze URN. */
                taken__urn?: string;
                /** @description Alleen producten met een taak waarvan de URN deze tekst bevat. */
                taken__urn__contains?: string;
                /** @description Alleen producten van producttypen met deze uniforme productnaam (UPL). */
                uniforme_product_naam?: string;
                /** @description Alleen producten die op dit moment voor het laatst zijn gewijzigd. */
                update_datum?: string;
                /** @description Alleen producten die op of na dit moment voor het laatst zijn gewijzigd. */
                update_datum__gte?: string;
                /** @description Alleen producten die op of voor dit moment voor het laatst zijn gewijzigd. */
                update_datum__lte?: string;
                /** @description Zoeken in het verbruiksobject, op dezelfde manier als `dataobject_attr`. */
                verbruiksobject_attr?: string;
                /** @description Alleen producten met een zaak met dit adres. */
                zaken__url?: string;
                /** @description Alleen producten met een zaak waarvan het adres deze tekst bevat. */
                zaken__url__contains?: string;
                /** @description Alleen producten met een zaak met deze URN. */
                zaken__urn?: string;
                /** @description Alleen producten met een zaak waarvan de URN deze tekst bevat. */
                zaken__urn__contains?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met producten. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProductList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    producten_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRequest"];
            };
        };
        responses: {
            /** @description Het product is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    producten_retrieve: {
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
            /** @description Het product, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    producten_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRequest"];
            };
        };
        responses: {
            /** @description Het product na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    producten_destroy: {
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
            /** @description Het product is verwijderd. */
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
        };
    };
    producten_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedProductRequest"];
            };
        };
        responses: {
            /** @description Het product na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}
