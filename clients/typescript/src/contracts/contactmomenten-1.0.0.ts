// Generated from openapi/contactmomenten-1.0.0.yaml by `make clients`; do not edit.
export interface paths {
    "/contactmomenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contactmomenten zoeken
         * @description Geeft de contactmomenten die aan de queryparameters voldoen, in volgorde van aanmaken.
         */
        get: operations["contactmoment_list"];
        put?: never;
        /**
         * Een contactmoment aanmaken
         * @description Legt een contactmoment vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["contactmoment_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contactmomenten/{contactmoment_uuid}/audittrail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De audit trail van het contactmoment
         * @description Elke wijziging van het contactmoment en van zijn koppelingen, de oudste eerst.
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
    "/contactmomenten/{contactmoment_uuid}/audittrail/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén wijziging uit de audit trail van het contactmoment
         * @description Geeft de wijziging met deze uuid.
         */
        get: operations["audittrail_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contactmomenten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** contactmoment_read */
        get: operations["contactmoment_read"];
        /**
         * Het contactmoment geheel vervangen
         * @description Vervangt alle gegevens van het contactmoment door de meegestuurde.
         */
        put: operations["contactmoment_update"];
        post?: never;
        /** contactmoment_delete */
        delete: operations["contactmoment_delete"];
        options?: never;
        head?: never;
        /**
         * Het contactmoment deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het contactmoment bij.
         */
        patch: operations["contactmoment_partial_update"];
        trace?: never;
    };
    "/klantcontactmomenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koppelingen tussen klanten en contactmomenten zoeken
         * @description Geeft de koppelingen tussen klanten en contactmomenten die aan de queryparameters voldoen, in volgorde van aanmaken.
         */
        get: operations["klantcontactmoment_list"];
        put?: never;
        /**
         * Een klant aan een contactmoment koppelen
         * @description Legt vast dat een klant in een rol (gesprekspartner of belanghebbende) bij een contactmoment betrokken was. Een klant heeft per contactmoment één koppeling per rol.
         */
        post: operations["klantcontactmoment_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantcontactmomenten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** klantcontactmoment_read */
        get: operations["klantcontactmoment_read"];
        /**
         * De koppeling geheel vervangen
         * @description Vervangt alle gegevens van de koppeling door de meegestuurde.
         */
        put: operations["klantcontactmoment_update"];
        post?: never;
        /** klantcontactmoment_delete */
        delete: operations["klantcontactmoment_delete"];
        options?: never;
        head?: never;
        /**
         * De koppeling deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de koppeling bij.
         */
        patch: operations["klantcontactmoment_partial_update"];
        trace?: never;
    };
    "/objectcontactmomenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koppelingen tussen objecten en contactmomenten zoeken
         * @description Geeft de koppelingen tussen objecten en contactmomenten die aan de queryparameters voldoen, in volgorde van aanmaken.
         */
        get: operations["objectcontactmoment_list"];
        put?: never;
        /**
         * Een object aan een contactmoment koppelen
         * @description Bedoeld voor andere API's, zoals de Zaken API, die zo hun kant van een koppeling hier vastleggen. Voor een zaak lukt dat alleen als de Zaken API de koppeling al heeft (zrc-025); anders volgt 400.
         */
        post: operations["objectcontactmoment_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objectcontactmomenten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** objectcontactmoment_read */
        get: operations["objectcontactmoment_read"];
        put?: never;
        post?: never;
        /** objectcontactmoment_delete */
        delete: operations["objectcontactmoment_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Wie de medewerker is, als er geen adres van is. */
        Medewerker: {
            /** @description Het korte, unieke kenmerk van de medewerker. */
            identificatie?: string;
            /** @description De achternaam van de medewerker. */
            achternaam?: string;
            /** @description De voorletters van de medewerker. */
            voorletters?: string;
            /** @description Het voorvoegsel van de achternaam, zoals `van der`. */
            voorvoegselAchternaam?: string;
        } | null;
        /** @description Eén contact tussen de organisatie en een klant. */
        ContactMoment: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uri
             * @description Het adres van het contactmoment waarop dit contactmoment volgt.
             */
            vorigContactmoment?: string | null;
            /**
             * Format: uri
             * @description Het adres van het contactmoment dat op dit contactmoment volgt (afgeleid).
             */
            readonly volgendContactmoment?: string | null;
            /** @description Het RSIN (9 cijfers, elfproef) van de organisatie die het contact vastlegde. */
            bronorganisatie: string;
            /**
             * Format: date-time
             * @description Het moment waarop het contactmoment is vastgelegd.
             */
            registratiedatum?: string;
            /** @description Het kanaal van het contact, bijvoorbeeld telefoon, e-mail of balie. */
            kanaal?: string;
            /** @description Het kanaal dat de klant voor het vervolg wil. */
            voorkeurskanaal?: string;
            /** @description De taal die de klant wil, als ISO 639-2/B-code (bijvoorbeeld `nld`). */
            voorkeurstaal?: string;
            /** @description Waar het contact over ging, in eigen woorden. */
            tekst?: string;
            /** @description Adressen van producten, webpagina's of andere dingen waar het contact over ging. */
            onderwerpLinks?: string[];
            /**
             * @description Wie het contact begon, de gemeente of de klant.
             * @enum {string}
             */
            initiatiefnemer?: "gemeente" | "klant";
            /**
             * Format: uri
             * @description Het adres van de medewerker die het contact had.
             */
            medewerker?: string;
            medewerkerIdentificatie?: components["schemas"]["Medewerker"];
            /** @description De adressen van de koppelingen met klanten (uitbreiding van Open Klant 1). */
            readonly klantcontactmomenten?: string[];
            /** @description De adressen van de koppelingen met objecten (uitbreiding van Open Klant 1). */
            readonly objectcontactmomenten?: string[];
        };
        /** @description Een fout, als application/problem+json. */
        Fout: {
            /** @description Het soort fout, als adres. */
            type?: string;
            /** @description Een korte code van de fout. */
            code: string;
            /** @description Een algemene titel van de fout. */
            title: string;
            /** @description De HTTP-status. */
            status: number;
            /** @description Wat er mis ging. */
            detail: string;
            /** @description Het kenmerk van dit verzoek, om in de logs terug te vinden. */
            instance: string;
        };
        /** @description Wat er mis is met één veld of parameter. */
        FieldValidationError: {
            /** @description De naam van het veld of de parameter. */
            name: string;
            /** @description Een korte code van de fout. */
            code: string;
            /** @description Wat er mis is. */
            reason: string;
        };
        /** @description Een ongeldig verzoek, met per veld wat er mis is. */
        ValidatieFout: {
            /** @description Het soort fout, als adres. */
            type?: string;
            /** @description Een korte code van de fout. */
            code: string;
            /** @description Een algemene titel van de fout. */
            title: string;
            /** @description De HTTP-status (400). */
            status: number;
            /** @description Wat er mis ging. */
            detail: string;
            /** @description Het kenmerk van dit verzoek, om in de logs terug te vinden. */
            instance: string;
            /** @description Per veld of parameter wat er mis is. */
            invalidParams: components["schemas"]["FieldValidationError"][];
        };
        /** @description Het object voor en na een wijziging. */
        Wijzigingen: {
            /** @description Het object zoals het was (leeg bij aanmaken). */
            oud?: Record<string, never>;
            /** @description Het object zoals het werd (leeg bij verwijderen). */
            nieuw?: Record<string, never>;
        };
        /** @description Eén wijziging van een contactmoment of van wat erbij hoort. */
        AuditTrail: {
            /**
             * Format: uuid
             * @description De unieke sleutel van deze wijziging.
             */
            uuid?: string;
            /**
             * @description De component waarin gewijzigd is; hier altijd `cmc`.
             * @enum {string}
             */
            bron: "ac" | "nrc" | "zrc" | "ztc" | "drc" | "brc" | "cmc" | "kc";
            /** @description De applicatie die de wijziging deed. */
            applicatieId?: string;
            /** @description De naam van die applicatie. */
            applicatieWeergave?: string;
            /** @description De gebruiker namens wie de applicatie handelde. */
            gebruikersId?: string;
            /** @description De naam van die gebruiker. */
            gebruikersWeergave?: string;
            /** @description Wat er gebeurde (`create`, `update`, `partial_update`, `destroy`). */
            actie: string;
            /** @description Wat er gebeurde, in woorden. */
            actieWeergave?: string;
            /** @description De HTTP-status van het antwoord op de wijziging. */
            resultaat: number;
            /**
             * Format: uri
             * @description Het adres van het contactmoment waar de wijziging onder valt.
             */
            hoofdObject: string;
            /** @description Het soort object dat gewijzigd werd. */
            resource: string;
            /**
             * Format: uri
             * @description Het adres van het gewijzigde object.
             */
            resourceUrl: string;
            /** @description De toelichting die de client meestuurde (`X-Audit-Toelichting`). */
            toelichting?: string;
            /** @description Een leesbare naam van het gewijzigde object. */
            resourceWeergave: string;
            /**
             * Format: date-time
             * @description Het moment van de wijziging.
             */
            readonly aanmaakdatum?: string;
            wijzigingen: components["schemas"]["Wijzigingen"];
        };
        /** @description Een klant die in een rol bij een contactmoment betrokken was. */
        KlantContactMoment: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uri
             * @description Het adres van het contactmoment.
             */
            contactmoment: string;
            /**
             * Format: uri
             * @description Het adres van de klant.
             */
            klant: string;
            /**
             * @description De rol van de klant, gesprekspartner of belanghebbende; beide rollen zijn twee koppelingen.
             * @enum {string}
             */
            rol: "belanghebbende" | "gesprekspartner";
            /** @description Of de klant het bericht heeft gelezen (uitbreiding van Open Klant 1). */
            gelezen?: boolean;
        };
        /** @description Een object uit een andere API waar een contactmoment over ging. */
        ObjectContactMoment: {
            /**
             * Format: uri
             * @description Het vaste adres van dit object, tevens zijn unieke sleutel.
             */
            readonly url?: string;
            /**
             * Format: uri
             * @description Het adres van het contactmoment.
             */
            contactmoment: string;
            /**
             * Format: uri
             * @description Het adres van het object in zijn eigen API.
             */
            object: string;
            /**
             * @description Het soort object; in deze versie altijd `zaak`.
             * @enum {string}
             */
            objectType: "zaak";
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
        /** @description Het gevraagde antwoordformaat wordt niet geleverd. */
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
        /** @description Het kenmerk van de logregel van dit verzoek in NLX, voor het verwerkingenlogboek. */
        "X-NLX-Logrecord-ID": string;
        /** @description Een toelichting op dit verzoek voor de audit trail en het verwerkingenlogboek. */
        "X-Audit-Toelichting": string;
        /** @description De uuid van het contactmoment. */
        contactmoment_uuid: string;
        /** @description De uuid waaronder het object bekend is. */
        uuid: string;
        /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
        "If-None-Match": string;
    };
    requestBodies: never;
    headers: {
        /** @description De versie van dit contract die het antwoord volgt, bijvoorbeeld 1.0.0. */
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
    contactmoment_list: {
        parameters: {
            query?: {
                /** @description Alleen contactmomenten die volgen op het contactmoment met dit adres. */
                vorigContactmoment?: string;
                /** @description Alleen contactmomenten waarop het contactmoment met dit adres volgt. */
                volgendContactmoment?: string;
                /** @description Alleen contactmomenten van de organisatie met dit RSIN. */
                bronorganisatie?: string;
                /** @description Alleen contactmomenten die op dit moment zijn vastgelegd. */
                registratiedatum?: string;
                /** @description Alleen contactmomenten die na dit moment zijn vastgelegd. */
                registratiedatum__gt?: string;
                /** @description Alleen contactmomenten die op of na dit moment zijn vastgelegd. */
                registratiedatum__gte?: string;
                /** @description Alleen contactmomenten die voor dit moment zijn vastgelegd. */
                registratiedatum__lt?: string;
                /** @description Alleen contactmomenten die op of voor dit moment zijn vastgelegd. */
                registratiedatum__lte?: string;
                /** @description Alleen contactmomenten via dit kanaal (telefoon, e-mail, balie ...). */
                kanaal?: string;
                /** @description Alleen contactmomenten waarbij de klant dit kanaal voor het vervolg koos. */
                voorkeurskanaal?: string;
                /** @description Alleen contactmomenten waarbij de klant deze taal (ISO 639-2/B) koos. */
                voorkeurstaal?: string;
                /** @description Alleen contactmomenten waarvoor deze partij het initiatief nam. */
                initiatiefnemer?: "gemeente" | "klant";
                /** @description Alleen contactmomenten van de medewerker met dit adres. */
                medewerker?: string;
                /** @description Alleen contactmomenten van de medewerker met dit kenmerk. */
                medewerkerIdentificatie__identificatie?: string;
                /** @description Alleen contactmomenten van de medewerker met deze achternaam. */
                medewerkerIdentificatie__achternaam?: string;
                /** @description Alleen contactmomenten van de medewerker met deze voorletters. */
                medewerkerIdentificatie__voorletters?: string;
                /** @description Alleen contactmomenten van de medewerker met dit voorvoegsel. */
                medewerkerIdentificatie__voorvoegselAchternaam?: string;
                /** @description Alleen contactmomenten die gekoppeld zijn aan het object met dit adres; meer adressen gescheiden door komma's. */
                object?: string;
                /** @description Alleen contactmomenten die gekoppeld zijn aan de klant met dit adres; meer adressen gescheiden door komma's. */
                klant?: string;
                /** @description Neem de gekoppelde objecten op onder `_expand`: `klantcontactmomenten`, `objectcontactmomenten` of beide, gescheiden door een komma. */
                expand?: "klantcontactmomenten" | "objectcontactmomenten";
                /** @description Sorteer op dit veld; met een minteken ervoor aflopend. */
                ordering?: "url" | "-url" | "bronorganisatie" | "-bronorganisatie" | "klant" | "-klant" | "registratiedatum" | "-registratiedatum" | "kanaal" | "-kanaal" | "voorkeurskanaal" | "-voorkeurskanaal" | "tekst" | "-tekst" | "onderwerp_links" | "-onderwerp_links" | "initiatiefnemer" | "-initiatiefnemer" | "medewerker" | "-medewerker" | "medewerker_identificatie" | "-medewerker_identificatie";
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
            /** @description Contactmomenten die aan de vraag voldoen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** Format: uri */
                        next?: string | null;
                        /** Format: uri */
                        previous?: string | null;
                        results: components["schemas"]["ContactMoment"][];
                    };
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
    contactmoment_create: {
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
                "application/json": components["schemas"]["ContactMoment"];
            };
        };
        responses: {
            /** @description Het contactmoment is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMoment"];
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
    audittrail_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid van het contactmoment. */
                contactmoment_uuid: components["parameters"]["contactmoment_uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Wijzigingen (de audit trail) die aan de vraag voldoen. */
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
    audittrail_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek voorwaardelijk. Geef de ETag-waarde(n) die je al in je cache hebt; komt de huidige ETag daarin voor, dan volgt `304 Not Modified` zonder inhoud. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description De uuid van het contactmoment. */
                contactmoment_uuid: components["parameters"]["contactmoment_uuid"];
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De wijziging, zoals vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
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
    contactmoment_read: {
        parameters: {
            query?: {
                /** @description Neem de gekoppelde objecten op onder `_expand`: `klantcontactmomenten`, `objectcontactmomenten` of beide, gescheiden door een komma. */
                expand?: "klantcontactmomenten" | "objectcontactmomenten";
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
            /** @description Het contactmoment, zoals vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMoment"];
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
    contactmoment_update: {
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
                "application/json": components["schemas"]["ContactMoment"];
            };
        };
        responses: {
            /** @description Het contactmoment na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMoment"];
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
    contactmoment_delete: {
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
            /** @description Gelukt (204). */
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
    contactmoment_partial_update: {
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
                "application/json": components["schemas"]["ContactMoment"];
            };
        };
        responses: {
            /** @description Het contactmoment na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMoment"];
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
    klantcontactmoment_list: {
        parameters: {
            query?: {
                /** @description Alleen koppelingen met het contactmoment met dit adres. */
                contactmoment?: string;
                /** @description Alleen koppelingen met de klant met dit adres. */
                klant?: string;
                /** @description Alleen koppelingen waarin de klant deze rol had. */
                rol?: "belanghebbende" | "gesprekspartner";
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
            /** @description Koppelingen tussen klanten en contactmomenten die aan de vraag voldoen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** Format: uri */
                        next?: string | null;
                        /** Format: uri */
                        previous?: string | null;
                        results: components["schemas"]["KlantContactMoment"][];
                    };
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
    klantcontactmoment_create: {
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
                "application/json": components["schemas"]["KlantContactMoment"];
            };
        };
        responses: {
            /** @description De koppeling is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantContactMoment"];
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
    klantcontactmoment_read: {
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
            /** @description De koppeling, zoals vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantContactMoment"];
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
    klantcontactmoment_update: {
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
                "application/json": components["schemas"]["KlantContactMoment"];
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
                    "application/json": components["schemas"]["KlantContactMoment"];
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
    klantcontactmoment_delete: {
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
            /** @description Gelukt (204). */
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
    klantcontactmoment_partial_update: {
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
                "application/json": components["schemas"]["KlantContactMoment"];
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
                    "application/json": components["schemas"]["KlantContactMoment"];
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
    objectcontactmoment_list: {
        parameters: {
            query?: {
                /** @description Alleen koppelingen met het object met dit adres. */
                object?: string;
                /** @description Alleen koppelingen met het contactmoment met dit adres. */
                contactmoment?: string;
                /** @description Alleen koppelingen met objecten van dit soort. */
                objectType?: "zaak";
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
            /** @description Koppelingen tussen objecten en contactmomenten die aan de vraag voldoen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** Format: uri */
                        next?: string | null;
                        /** Format: uri */
                        previous?: string | null;
                        results: components["schemas"]["ObjectContactMoment"][];
                    };
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
    objectcontactmoment_create: {
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
                "application/json": components["schemas"]["ObjectContactMoment"];
            };
        };
        responses: {
            /** @description De koppeling is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectContactMoment"];
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
    objectcontactmoment_read: {
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
            /** @description De koppeling, zoals vastgelegd. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectContactMoment"];
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
    objectcontactmoment_delete: {
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
            /** @description Gelukt (204). */
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
}
