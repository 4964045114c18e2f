// Generated from openapi/autorisaties-1.0.0.yaml by `make clients`; do not edit.
export interface paths {
    "/applicaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applicaties zoeken
         * @description Geeft de applicaties met hun autorisaties, gesorteerd op volgorde van aanmaken en in pagina's verdeeld. Met `clientIds` beperk je de lijst tot de applicatie(s) met die client ids.
         */
        get: operations["applicatie_list"];
        put?: never;
        /**
         * Applicatie aanmaken
         * @description Legt een nieuwe applicatie vast met haar client ids en autorisaties. Geef `heeftAlleAutorisaties: true` zonder autorisaties, of ten minste één autorisatie zonder `heeftAlleAutorisaties` (of met `false`).
         */
        post: operations["applicatie_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applicaties/consumer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De applicatie van een client id
         * @description Zoekt de applicatie waar deze client id bij hoort. Het antwoord is een lijst met die ene applicatie en haar autorisaties; hoort de client id bij geen enkele applicatie, dan volgt `404 Not Found`.
         */
        get: operations["applicatie_consumer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applicaties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder de applicatie bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        /**
         * Eén applicatie ophalen
         * @description Geeft de applicatie met deze uuid, met haar client ids en autorisaties.
         */
        get: operations["applicatie_read"];
        /**
         * Applicatie vervangen
         * @description Legt de applicatie opnieuw vast. `clientIds` en `label` zijn verplicht; laat je `heeftAlleAutorisaties` of `autorisaties` weg, dan houden die hun huidige waarde. Met `autorisaties` vervang je alle autorisaties van de applicatie. Client ids die blijven, houden hun geheim.
         */
        put: operations["applicatie_update"];
        post?: never;
        /**
         * Applicatie verwijderen
         * @description Verwijdert de applicatie met haar client ids, hun geheimen en haar autorisaties. Tokens van deze applicatie worden vanaf dat moment geweigerd.
         */
        delete: operations["applicatie_delete"];
        options?: never;
        head?: never;
        /**
         * Applicatie deels wijzigen
         * @description Wijzigt alleen de velden die je meestuurt. Stuur je `autorisaties` mee, dan vervangen die alle huidige autorisaties. Wie van losse autorisaties naar `heeftAlleAutorisaties` overstapt, stuurt daarom ook `autorisaties: []` mee.
         */
        patch: operations["applicatie_partial_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Een applicatie: de client ids waaronder een programma zich meldt, en wat het bij de API's van de gemeente mag. */
        Applicatie: {
            /**
             * Format: uri
             * @description Het vaste adres van deze applicatie, tevens haar unieke sleutel.
             */
            readonly url?: string;
            /** @description De client ids waaronder de applicatie zich meldt (de claim `client_id` van haar tokens). Een client id hoort bij precies één applicatie. */
            clientIds: string[];
            /** @description De naam van de applicatie zoals beheerders en gebruikers haar kennen. */
            label: string;
            /** @description `true`: de applicatie mag alles bij elke API, zonder losse autorisaties. Alleen voor applicaties die volledig vertrouwd worden. */
            heeftAlleAutorisaties?: boolean;
            /** @description Wat de applicatie per component mag. Welke velden een autorisatie heeft, hangt af van haar `component`. */
            autorisaties?: components["schemas"]["AutorisatieBase"][];
        };
        /** @description Wat een applicatie bij één component mag: een lijst scopes, en voor zaken, documenten en besluiten ook voor welk type (zie de schema's per component). */
        AutorisatieBase: {
            /**
             * @description De component waarvoor de autorisatie geldt: `ac` (autorisaties), `nrc` (notificaties), `zrc` (zaken), `ztc` (catalogi), `drc` (documenten) of `brc` (besluiten).
             * @enum {string}
             */
            component: "ac" | "nrc" | "zrc" | "ztc" | "drc" | "brc";
            /** @description De naam van de component, voluit. */
            readonly componentWeergave?: string;
            /** @description De scopes die de applicatie bij deze component heeft, zoals `zaken.lezen`. Welke handelingen een scope toestaat, beschrijft het contract van die component. */
            scopes: string[];
        };
        /** @description Een autorisatie voor zaken. Met een scope `zaken.*` zijn `zaaktype` en `maxVertrouwelijkheidaanduiding` verplicht. */
        ZrcAutorisatie: Omit<components["schemas"]["AutorisatieBase"], "component"> & {
            /**
             * Format: uri
             * @description Het adres van het zaaktype waarvoor de autorisatie geldt.
             */
            zaaktype?: string;
            maxVertrouwelijkheidaanduiding?: components["schemas"]["MaxVertrouwelijkheidaanduiding"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            component: "zrc";
        };
        /** @description Een autorisatie voor documenten. Met een scope `documenten.*` zijn `informatieobjecttype` en `maxVertrouwelijkheidaanduiding` verplicht. */
        DrcAutorisatie: Omit<components["schemas"]["AutorisatieBase"], "component"> & {
            /**
             * Format: uri
             * @description Het adres van het informatieobjecttype waarvoor de autorisatie geldt.
             */
            informatieobjecttype?: string;
            maxVertrouwelijkheidaanduiding?: components["schemas"]["MaxVertrouwelijkheidaanduiding"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            component: "drc";
        };
        /** @description Een autorisatie voor besluiten. Met een scope `besluiten.*` is `besluittype` verplicht. */
        BrcAutorisatie: Omit<components["schemas"]["AutorisatieBase"], "component"> & {
            /**
             * Format: uri
             * @description Het adres van het besluittype waarvoor de autorisatie geldt.
             */
            besluittype?: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            component: "brc";
        };
        /** @description Een autorisatie voor deze Autorisaties API; alleen scopes. */
        AcAutorisatie: Omit<components["schemas"]["AutorisatieBase"], "component"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            component: "ac";
        };
        /** @description Een autorisatie voor de Notificaties API; alleen scopes. */
        NrcAutorisatie: Omit<components["schemas"]["AutorisatieBase"], "component"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            component: "nrc";
        };
        /** @description Een autorisatie voor de Catalogi API; alleen scopes, voor alle typen. */
        ZtcAutorisatie: Omit<components["schemas"]["AutorisatieBase"], "component"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            component: "ztc";
        };
        /**
         * @description De hoogste vertrouwelijkheidaanduiding (zelf inbegrepen) van de objecten waarvoor de autorisatie geldt; objecten met een strengere aanduiding blijven voor de applicatie verborgen.
         * @enum {string}
         */
        MaxVertrouwelijkheidaanduiding: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
        /** @description Eén pagina uit de lijst van applicaties. */
        PaginatedApplicatieList: {
            /**
             * @description Hoeveel applicaties er in totaal aan de zoekvraag voldoen, over alle pagina's.
             * @example 12
             */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste pagina.
             * @example https://registers.gemeente.example/autorisaties/api/v1/applicaties?page=3
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste pagina.
             * @example https://registers.gemeente.example/autorisaties/api/v1/applicaties?page=1
             */
            previous?: string | null;
            /** @description De applicaties op deze pagina. */
            results: components["schemas"]["Applicatie"][];
        };
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
        /** @description Wat er mis is met één veld of parameter. */
        FieldValidationError: {
            /** @description De naam van het veld of de parameter met de ongeldige waarde. */
            name: string;
            /** @description Een vaste, door programma's te herkennen code voor de soort fout. */
            code: string;
            /** @description In gewone taal wat er aan de waarde mankeert. */
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
        /** @description Er bestaat geen applicatie met deze uuid of met deze client id. */
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
    };
    parameters: {
        /** @description De uuid waaronder de applicatie bekend is. */
        uuid: string;
    };
    requestBodies: {
        Applicatie: {
            content: {
                "application/json": components["schemas"]["Applicatie"];
            };
        };
    };
    headers: {
        /** @description De versie van dit contract die het antwoord volgt, bijvoorbeeld 1.0.0. */
        "API-version": string;
        /** @description Het adres van de zojuist vastgelegde applicatie. */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    applicatie_list: {
        parameters: {
            query?: {
                /** @description Alleen applicaties die deze client id hebben. Scheid meerdere client ids met komma's; dan komen alleen applicaties die ze allemaal hebben in de lijst. */
                clientIds?: string;
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
            /** @description Eén pagina met applicaties. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedApplicatieList"];
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
    applicatie_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Applicatie"];
        responses: {
            /** @description De applicatie is vastgelegd; het antwoord toont haar zoals opgeslagen. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Applicatie"];
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
    applicatie_consumer: {
        parameters: {
            query: {
                /** @description De client id waarvan je de applicatie zoekt. */
                clientId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De applicatie met deze client id. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Applicatie"][];
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
    applicatie_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder de applicatie bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De gevraagde applicatie. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Applicatie"];
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
    applicatie_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder de applicatie bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Applicatie"];
        responses: {
            /** @description De applicatie zoals ze nu is opgeslagen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Applicatie"];
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
    applicatie_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder de applicatie bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De applicatie is verwijderd. */
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
    applicatie_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De uuid waaronder de applicatie bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Applicatie"];
        responses: {
            /** @description De applicatie zoals ze nu is opgeslagen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Applicatie"];
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
}
