// Generated from openapi/producttypen-1.7.0.yaml by `make clients`; do not edit.
export interface paths {
    "/acties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Acties zoeken
         * @description Geeft de acties die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["acties_list"];
        put?: never;
        /**
         * Een actie aanmaken
         * @description Legt een actie vast. Het antwoord toont wat is opgeslagen.
         */
        post: operations["acties_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de acties ophalen
         * @description Geeft de actie met deze sleutel.
         */
        get: operations["acties_retrieve"];
        /**
         * De actie geheel vervangen
         * @description Vervangt alle gegevens van de actie door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["acties_update"];
        post?: never;
        /**
         * De actie verwijderen
         * @description Verwijdert de actie.
         */
        delete: operations["acties_destroy"];
        options?: never;
        head?: never;
        /**
         * De actie deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de actie bij.
         */
        patch: operations["acties_partial_update"];
        trace?: never;
    };
    "/bestanden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bestanden zoeken
         * @description Geeft de bestanden die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["bestanden_list"];
        put?: never;
        /**
         * Een bestand aanmaken
         * @description Neemt een bestand aan als multipart/form-data, met de velden `bestand` (het bestand, met zijn bestandsnaam) en `producttype_uuid`. Het bestand wordt bewaard onder een eigen naam van de server; de meegestuurde bestandsnaam komt alleen terug bij het downloaden. De grootste toegestane grootte stelt de beheerder in (standaard 50 MB).
         */
        post: operations["bestanden_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bestanden/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de bestanden ophalen
         * @description Geeft het bestand met deze sleutel.
         */
        get: operations["bestanden_retrieve"];
        /**
         * Het bestand geheel vervangen
         * @description Vervangt het bestand en het producttype (beide verplicht, als multipart/form-data). Het oude bestand wordt verwijderd.
         */
        put: operations["bestanden_update"];
        post?: never;
        /**
         * Het bestand verwijderen
         * @description Verwijdert het bestand, met zijn inhoud.
         */
        delete: operations["bestanden_destroy"];
        options?: never;
        head?: never;
        /**
         * Het bestand deels bijwerken
         * @description Vervangt het bestand, of verplaatst het naar een ander producttype, of beide (als multipart/form-data).
         */
        patch: operations["bestanden_partial_update"];
        trace?: never;
    };
    "/contacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contacten zoeken
         * @description Geeft de contacten die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["contacten_list"];
        put?: never;
        /**
         * Een contact aanmaken
         * @description Legt een contact vast. Het antwoord toont wat is opgeslagen.
         */
        post: operations["contacten_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de contacten ophalen
         * @description Geeft het contact met deze sleutel.
         */
        get: operations["contacten_retrieve"];
        /**
         * Het contact geheel vervangen
         * @description Vervangt alle gegevens van het contact door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["contacten_update"];
        post?: never;
        /**
         * Het contact verwijderen
         * @description Verwijdert het contact.
         */
        delete: operations["contacten_destroy"];
        options?: never;
        head?: never;
        /**
         * Het contact deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het contact bij.
         */
        patch: operations["contacten_partial_update"];
        trace?: never;
    };
    "/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tekstblokken zoeken
         * @description Geeft de tekstblokken die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["content_list"];
        put?: never;
        /**
         * Een tekstblok aanmaken
         * @description Legt een tekstblok vast. Het antwoord toont wat is opgeslagen.
         */
        post: operations["content_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de tekstblokken ophalen
         * @description Geeft het tekstblok met deze sleutel.
         */
        get: operations["content_retrieve"];
        /**
         * Het tekstblok geheel vervangen
         * @description Vervangt alle gegevens van het tekstblok door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["content_update"];
        post?: never;
        /**
         * Het tekstblok verwijderen
         * @description Verwijdert het tekstblok.
         */
        delete: operations["content_destroy"];
        options?: never;
        head?: never;
        /**
         * Het tekstblok deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het tekstblok bij.
         */
        patch: operations["content_partial_update"];
        trace?: never;
    };
    "/content/{uuid}/vertaling/{taal}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * De vertaling geheel vervangen
         * @description Vervangt alle gegevens van de vertaling door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["content_vertaling_update"];
        post?: never;
        /**
         * De vertaling verwijderen
         * @description Verwijdert de vertaling.
         */
        delete: operations["content_vertaling_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contentlabels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Labels zoeken
         * @description Geeft de labels die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["contentlabels_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Links zoeken
         * @description Geeft de links die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["links_list"];
        put?: never;
        /**
         * Een link aanmaken
         * @description Legt een link vast. Het antwoord toont wat is opgeslagen.
         */
        post: operations["links_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de links ophalen
         * @description Geeft de link met deze sleutel.
         */
        get: operations["links_retrieve"];
        /**
         * De link geheel vervangen
         * @description Vervangt alle gegevens van de link door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["links_update"];
        post?: never;
        /**
         * De link verwijderen
         * @description Verwijdert de link.
         */
        delete: operations["links_destroy"];
        options?: never;
        head?: never;
        /**
         * De link deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de link bij.
         */
        patch: operations["links_partial_update"];
        trace?: never;
    };
    "/locaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Locaties zoeken
         * @description Geeft de locaties die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["locaties_list"];
        put?: never;
        /**
         * Een locatie aanmaken
         * @description Legt een locatie vast. Het antwoord toont wat is opgeslagen.
         */
        post: operations["locaties_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locaties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de locaties ophalen
         * @description Geeft de locatie met deze sleutel.
         */
        get: operations["locaties_retrieve"];
        /**
         * De locatie geheel vervangen
         * @description Vervangt alle gegevens van de locatie door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["locaties_update"];
        post?: never;
        /**
         * De locatie verwijderen
         * @description Verwijdert de locatie.
         */
        delete: operations["locaties_destroy"];
        options?: never;
        head?: never;
        /**
         * De locatie deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de locatie bij.
         */
        patch: operations["locaties_partial_update"];
        trace?: never;
    };
    "/organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisaties zoeken
         * @description Geeft de organisaties die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["organisaties_list"];
        put?: never;
        /**
         * Een organisatie aanmaken
         * @description Legt een organisatie vast. Het antwoord toont wat is opgeslagen.
         */
        post: operations["organisaties_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisaties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de organisaties ophalen
         * @description Geeft de organisatie met deze sleutel.
         */
        get: operations["organisaties_retrieve"];
        /**
         * De organisatie geheel vervangen
         * @description Vervangt alle gegevens van de organisatie door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["organisaties_update"];
        post?: never;
        /**
         * De organisatie verwijderen
         * @description Verwijdert de organisatie.
         */
        delete: operations["organisaties_destroy"];
        options?: never;
        head?: never;
        /**
         * De organisatie deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de organisatie bij.
         */
        patch: operations["organisaties_partial_update"];
        trace?: never;
    };
    "/prijzen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prijzen zoeken
         * @description Geeft de prijzen die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["prijzen_list"];
        put?: never;
        /**
         * Een prijs aanmaken
         * @description Legt een prijs vast die vandaag of later ingaat, met prijsopties of prijsregels.
         */
        post: operations["prijzen_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prijzen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de prijzen ophalen
         * @description Geeft de prijs met deze sleutel.
         */
        get: operations["prijzen_retrieve"];
        /**
         * De prijs geheel vervangen
         * @description Vervangt alle gegevens van de prijs door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["prijzen_update"];
        post?: never;
        /**
         * De prijs verwijderen
         * @description Verwijdert de prijs.
         */
        delete: operations["prijzen_destroy"];
        options?: never;
        head?: never;
        /**
         * De prijs deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de prijs bij.
         */
        patch: operations["prijzen_partial_update"];
        trace?: never;
    };
    "/producttypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Producttypen zoeken
         * @description Geeft de producttypen die aan de queryparameters voldoen, in volgorde van aanmaken. Naam en samenvatting volgen de header `Accept-Language`.
         */
        get: operations["producttypen_list"];
        put?: never;
        /**
         * Een producttype aanmaken
         * @description Legt een producttype vast met zijn thema's (minstens één), locaties, organisaties en contacten (bij hun uuid), externe codes, parameters en verwijzingen. Naam en samenvatting zijn Nederlands.
         */
        post: operations["producttypen_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producttypen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de producttypen ophalen
         * @description Geeft het producttype met deze uuid; naam en samenvatting volgen de header `Accept-Language`.
         */
        get: operations["producttypen_retrieve"];
        /**
         * Het producttype geheel vervangen
         * @description Vervangt alle gegevens van het producttype door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["producttypen_update"];
        post?: never;
        /**
         * Het producttype verwijderen
         * @description Verwijdert het producttype met zijn prijzen, links en acties. Een producttype met producten kan niet weg.
         */
        delete: operations["producttypen_destroy"];
        options?: never;
        head?: never;
        /**
         * Het producttype deels bijwerken
         * @description Werkt de meegestuurde velden bij. Een meegestuurde lijst (`thema_uuids`, `locatie_uuids`, `organisatie_uuids`, `contact_uuids`, `externe_codes`, ...) vervangt de hele lijst.
         */
        patch: operations["producttypen_partial_update"];
        trace?: never;
    };
    "/producttypen/{uuid}/actuele-prijs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De actuele prijs van een producttype
         * @description Geeft de prijs van het producttype die nu geldt (de laatste die al is ingegaan), of leeg.
         */
        get: operations["actuele_prijs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producttypen/{uuid}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** content */
        get: operations["content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producttypen/{uuid}/vertaling/{taal}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Een vertaling van een producttype vastleggen
         * @description Legt naam en samenvatting van het producttype in deze taal vast (alleen `en`).
         */
        put: operations["producttypen_vertaling_update"];
        post?: never;
        /**
         * Een vertaling van een producttype verwijderen
         * @description Verwijdert de vertaling in deze taal; daarna volgt de Nederlandse tekst.
         */
        delete: operations["producttypen_vertaling_destroy"];
        options?: never;
        head?: never;
        /**
         * Een vertaling van een producttype deels bijwerken
         * @description Werkt naam of samenvatting van de vertaling bij; een nieuwe vertaling heeft een naam.
         */
        patch: operations["producttypen_vertaling_partial_update"];
        trace?: never;
    };
    "/producttypen/actuele-prijzen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een actuele prijs
         * @description De specificatie beschrijft hier één object (geen lijst): de actuele prijs van het producttype waarvan de actuele prijs het laatst is ingegaan. Voor de prijzen van alle producttypen: `GET /producttypen` (veld `prijzen`) of `GET /prijzen`.
         */
        get: operations["actuele_prijzen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Schema's zoeken
         * @description Geeft de schema's die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["schemas_list"];
        put?: never;
        /**
         * Een schema aanmaken
         * @description Legt een JSON-schema (draft 2020-12) vast. Het adres staat in de header `Location`.
         */
        post: operations["schemas_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de schema's ophalen
         * @description Geeft het schema met deze sleutel.
         */
        get: operations["schemas_retrieve"];
        /**
         * Het schema geheel vervangen
         * @description Vervangt alle gegevens van het schema door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["schemas_update"];
        post?: never;
        /**
         * Het schema verwijderen
         * @description Verwijdert een schema dat geen producttype gebruikt.
         */
        delete: operations["schemas_destroy"];
        options?: never;
        head?: never;
        /**
         * Het schema deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het schema bij.
         */
        patch: operations["schemas_partial_update"];
        trace?: never;
    };
    "/themas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Thema's zoeken
         * @description Geeft de thema's die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["themas_list"];
        put?: never;
        /**
         * Een thema aanmaken
         * @description Legt een thema vast, onder een hoofdthema of als hoofdthema (`hoofd_thema` leeg). Een subthema kan alleen gepubliceerd zijn als zijn hoofdthema dat is.
         */
        post: operations["themas_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/themas/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de thema's ophalen
         * @description Geeft het thema met deze sleutel.
         */
        get: operations["themas_retrieve"];
        /**
         * Het thema geheel vervangen
         * @description Vervangt alle gegevens van het thema door de meegestuurde; wat ontbreekt krijgt zijn standaardwaarde.
         */
        put: operations["themas_update"];
        post?: never;
        /**
         * Het thema verwijderen
         * @description Verwijdert een thema zonder subthema's dat niet het enige thema van een producttype is.
         */
        delete: operations["themas_destroy"];
        options?: never;
        head?: never;
        /**
         * Het thema deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het thema bij.
         */
        patch: operations["themas_partial_update"];
        trace?: never;
    };
    "/themas/{uuid}/content-elementen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * {Meervoud} zoeken
         * @description Geeft de {meervoud} die aan de queryparameters voldoen, in pagina's van standaard 100 (met `page_size` tot 500).
         */
        get: operations["themas_content_elementen_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bestanden/{uuid}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De inhoud van een bestand downloaden
         * @description Geeft het geüploade bestand zelf, als application/octet-stream met de oorspronkelijke bestandsnaam in `Content-Disposition`. Dit is het adres in het veld `bestand`. Het vraagt dezelfde scope als het lezen van het bestand (`producttypen.lezen`).
         */
        get: operations["bestanden_download"];
        put?: never;
        post?: never;
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
        /** @description Een formulier of DMN-tabel om iets met een product te doen. */
        Actie: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
            /** @description Welke gegevens van het product als invoer dienen. */
            mapping?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Zie de velden hieronder. */
        ActieRequest: {
            /** @description De naam. */
            naam: string;
            /**
             * Format: uri
             * @description Het gegeven `direct_url`.
             */
            direct_url?: string;
            /**
             * Format: uri
             * @description Het gegeven `tabel_endpoint`.
             */
            tabel_endpoint?: string;
            /** @description Het gegeven `dmn_tabel_id`. */
            dmn_tabel_id?: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
            /** @description Het gegeven `mapping`. */
            mapping?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Een bestand bij een producttype, zoals een folder of een formulier. */
        Bestand: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres waar de inhoud te downloaden is.
             */
            bestand: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
        };
        /** @description Een bestand om te uploaden, als multipart/form-data. */
        BestandRequest: {
            /**
             * Format: binary
             * @description Het bestand zelf, met zijn bestandsnaam.
             */
            bestand: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
        };
        /** @description Een contactpersoon, eventueel van een organisatie. */
        Contact: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De organisatie van deze persoon. */
            readonly organisatie: components["schemas"]["Organisatie"] | null;
            /** @description De naam. */
            naam: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description De rol van deze persoon. */
            rol?: string;
        };
        /** @description Zie de velden hieronder. */
        ContactRequest: {
            /**
             * Format: uuid
             * @description Het gegeven `organisatie_uuid`.
             */
            organisatie_uuid?: string;
            /** @description De naam. */
            naam: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description Het gegeven `rol`. */
            rol?: string;
        };
        /** @description Zie de velden hieronder. */
        ContentElement: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description Het gegeven `content`. */
            content: string;
            /** @description Het gegeven `aanvullende_informatie`. */
            aanvullende_informatie?: string;
            /** @description Het gegeven `labels`. */
            labels?: string[];
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string | null;
            /**
             * Format: uuid
             * @description Het gegeven `thema_uuid`.
             */
            thema_uuid?: string | null;
            /** @description De taal van naam en samenvatting in dit antwoord (`nl` of `en`). */
            readonly taal: string;
        };
        /** @description Zie de velden hieronder. */
        ContentElementRequest: {
            /** @description Het gegeven `content`. */
            content: string;
            /** @description Het gegeven `aanvullende_informatie`. */
            aanvullende_informatie?: string;
            /** @description Het gegeven `labels`. */
            labels?: string[];
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string | null;
            /**
             * Format: uuid
             * @description Het gegeven `thema_uuid`.
             */
            thema_uuid?: string | null;
        };
        /** @description Zie de velden hieronder. */
        ContentElementTranslation: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description Het gegeven `content`. */
            content: string;
            /** @description Het gegeven `aanvullende_informatie`. */
            aanvullende_informatie?: string;
        };
        /** @description Zie de velden hieronder. */
        ContentElementTranslationRequest: {
            /** @description Het gegeven `content`. */
            content: string;
            /** @description Het gegeven `aanvullende_informatie`. */
            aanvullende_informatie?: string;
        };
        /** @description Zie de velden hieronder. */
        ContentLabel: {
            /** @description De naam. */
            naam: string;
        };
        /** @description Zie de velden hieronder. */
        DetailError: {
            /** @description Wat er mis is, in woorden. */
            detail: string;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        DoelgroepEnum: "burgers" | "interne_organisatie" | "samenwerkingspartners" | "bedrijven_en_instellingen";
        /** @description Het voorbeeld van een fout uit de specificatie van Open Product (velden met hun fouten). Deze API antwoordt met application/problem+json (zie ValidatieFout). */
        Error: {
            /** @description Voorbeeld van een veld met fouten (zie application/problem+json voor wat deze API werkelijk stuurt). */
            veld_a: string[];
            /** @description Voorbeeld van een veld met fouten (zie application/problem+json voor wat deze API werkelijk stuurt). */
            veld_b: string[];
        };
        /** @description Een JSON-schema (draft 2020-12) voor gegevens van producten. */
        JsonSchema: {
            /** @description De naam. */
            naam: string;
            /** @description Het JSON-schema. */
            schema: {
                [key: string]: unknown;
            };
        };
        /** @description Zie de velden hieronder. */
        JsonSchemaRequest: {
            /** @description De naam. */
            naam: string;
            /** @description Het gegeven `schema`. */
            schema: {
                [key: string]: unknown;
            };
        };
        /** @description Een link naar meer informatie over een producttype. */
        Link: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
        };
        /** @description Zie de velden hieronder. */
        LinkRequest: {
            /** @description De naam. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
        };
        /** @description Een plaats waar een product te krijgen is. */
        Locatie: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description De straatnaam. */
            straat?: string;
            /** @description Het huisnummer met eventuele toevoeging. */
            huisnummer?: string;
            /** @description De postcode, zoals 1234 AB. */
            postcode?: string;
            /** @description De plaats. */
            stad?: string;
        };
        /** @description Zie de velden hieronder. */
        LocatieRequest: {
            /** @description De naam. */
            naam: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description De straatnaam. */
            straat?: string;
            /** @description Het huisnummer met eventuele toevoeging. */
            huisnummer?: string;
            /** @description De postcode, zoals 1234 AB. */
            postcode?: string;
            /** @description De plaats. */
            stad?: string;
        };
        /** @description Zie de velden hieronder. */
        NestedActie: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            readonly url: string;
            /** @description Het gegeven `mapping`. */
            mapping?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Zie de velden hieronder. */
        NestedActieRequest: {
            /** @description De naam. */
            naam: string;
            /** @description Het gegeven `mapping`. */
            mapping?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Een bestand bij het producttype. */
        NestedBestand: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het adres waar de inhoud te downloaden is.
             */
            bestand: string;
        };
        /** @description Zie de velden hieronder. */
        NestedBestandRequest: {
            /**
             * Format: binary
             * @description Het gegeven `bestand`.
             */
            bestand: string;
        };
        /** @description Zie de velden hieronder. */
        NestedContentElement: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De taal van naam en samenvatting in dit antwoord (`nl` of `en`). */
            readonly taal: string;
            /** @description Het gegeven `content`. */
            content: string;
            /** @description Het gegeven `aanvullende_informatie`. */
            aanvullende_informatie?: string;
            /** @description Het gegeven `labels`. */
            labels?: string[];
        };
        /** @description Een code van het producttype in een ander systeem. */
        NestedExterneCode: {
            /** @description De naam. */
            naam: string;
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
        };
        /** @description Zie de velden hieronder. */
        NestedExterneCodeRequest: {
            /** @description De naam. */
            naam: string;
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
        };
        /** @description Zie de velden hieronder. */
        NestedLink: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url: string;
        };
        /** @description Zie de velden hieronder. */
        NestedLinkRequest: {
            /** @description De naam. */
            naam: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url: string;
        };
        /** @description Een eigenschap van het producttype. */
        NestedParameter: {
            /** @description De naam. */
            naam: string;
            /** @description De waarde. */
            waarde: string;
        };
        /** @description Zie de velden hieronder. */
        NestedParameterRequest: {
            /** @description De naam. */
            naam: string;
            /** @description Het gegeven `waarde`. */
            waarde: string;
        };
        /** @description Zie de velden hieronder. */
        NestedPrijs: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description Het gegeven `prijsopties`. */
            prijsopties?: components["schemas"]["PrijsOptie"][];
            /** @description Het gegeven `prijsregels`. */
            prijsregels?: components["schemas"]["PrijsRegel"][];
            /**
             * Format: date
             * @description Het gegeven `actief_vanaf`.
             */
            actief_vanaf: string;
        };
        /** @description Zie de velden hieronder. */
        NestedPrijsRequest: {
            /** @description Het gegeven `prijsopties`. */
            prijsopties?: components["schemas"]["PrijsOptieRequest"][];
            /** @description Het gegeven `prijsregels`. */
            prijsregels?: components["schemas"]["PrijsRegelRequest"][];
            /**
             * Format: date
             * @description Het gegeven `actief_vanaf`.
             */
            actief_vanaf: string;
        };
        /** @description Zie de velden hieronder. */
        NestedProces: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        NestedProcesRequest: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
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
        };
        /** @description Zie de velden hieronder. */
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
        /** @description Zie de velden hieronder. */
        NestedVerzoekType: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        NestedVerzoekTypeRequest: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        NestedZaakType: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Zie de velden hieronder. */
        NestedZaakTypeRequest: {
            /** @description De verwijzing als URN (`urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>`). */
            urn?: string | null;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string | null;
        };
        /** @description Een organisatie die bij producttypen betrokken is. */
        Organisatie: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description De straatnaam. */
            straat?: string;
            /** @description Het huisnummer met eventuele toevoeging. */
            huisnummer?: string;
            /** @description De postcode, zoals 1234 AB. */
            postcode?: string;
            /** @description De plaats. */
            stad?: string;
        };
        /** @description Zie de velden hieronder. */
        OrganisatieRequest: {
            /** @description De naam. */
            naam: string;
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description De straatnaam. */
            straat?: string;
            /** @description Het huisnummer met eventuele toevoeging. */
            huisnummer?: string;
            /** @description De postcode, zoals 1234 AB. */
            postcode?: string;
            /** @description De plaats. */
            stad?: string;
        };
        /** @description Eén pagina uit een lijst (Actie). */
        PaginatedActieList: {
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
            results: components["schemas"]["Actie"][];
        };
        /** @description Eén pagina uit een lijst (Bestand). */
        PaginatedBestandList: {
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
            results: components["schemas"]["Bestand"][];
        };
        /** @description Eén pagina uit een lijst (Contact). */
        PaginatedContactList: {
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
            results: components["schemas"]["Contact"][];
        };
        /** @description Eén pagina uit een lijst (ContentElement). */
        PaginatedContentElementList: {
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
            results: components["schemas"]["ContentElement"][];
        };
        /** @description Eén pagina uit een lijst (ContentLabel). */
        PaginatedContentLabelList: {
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
            results: components["schemas"]["ContentLabel"][];
        };
        /** @description Eén pagina uit een lijst (JsonSchema). */
        PaginatedJsonSchemaList: {
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
            results: components["schemas"]["JsonSchema"][];
        };
        /** @description Eén pagina uit een lijst (Link). */
        PaginatedLinkList: {
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
            results: components["schemas"]["Link"][];
        };
        /** @description Eén pagina uit een lijst (Locatie). */
        PaginatedLocatieList: {
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
            results: components["schemas"]["Locatie"][];
        };
        /** @description Eén pagina uit een lijst (NestedContentElement). */
        PaginatedNestedContentElementList: {
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
            results: components["schemas"]["NestedContentElement"][];
        };
        /** @description Eén pagina uit een lijst (Organisatie). */
        PaginatedOrganisatieList: {
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
            results: components["schemas"]["Organisatie"][];
        };
        /** @description Eén pagina uit een lijst (Prijs). */
        PaginatedPrijsList: {
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
            results: components["schemas"]["Prijs"][];
        };
        /** @description Eén pagina uit een lijst (ProductType). */
        PaginatedProductTypeList: {
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
            results: components["schemas"]["ProductType"][];
        };
        /** @description Eén pagina uit een lijst (Thema). */
        PaginatedThemaList: {
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
            results: components["schemas"]["Thema"][];
        };
        /** @description Zie de velden hieronder. */
        PatchedActieRequest: {
            /** @description De naam. */
            naam?: string;
            /**
             * Format: uri
             * @description Het gegeven `direct_url`.
             */
            direct_url?: string;
            /**
             * Format: uri
             * @description Het gegeven `tabel_endpoint`.
             */
            tabel_endpoint?: string;
            /** @description Het gegeven `dmn_tabel_id`. */
            dmn_tabel_id?: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string;
            /** @description Het gegeven `mapping`. */
            mapping?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Wat van een bestand te vervangen is, als multipart/form-data. */
        PatchedBestandRequest: {
            /**
             * Format: binary
             * @description Het nieuwe bestand, met zijn bestandsnaam.
             */
            bestand?: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedContactRequest: {
            /**
             * Format: uuid
             * @description Het gegeven `organisatie_uuid`.
             */
            organisatie_uuid?: string;
            /** @description De naam. */
            naam?: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description Het gegeven `rol`. */
            rol?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedContentElementRequest: {
            /** @description Het gegeven `content`. */
            content?: string;
            /** @description Het gegeven `aanvullende_informatie`. */
            aanvullende_informatie?: string;
            /** @description Het gegeven `labels`. */
            labels?: string[];
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string | null;
            /**
             * Format: uuid
             * @description Het gegeven `thema_uuid`.
             */
            thema_uuid?: string | null;
        };
        /** @description Zie de velden hieronder. */
        PatchedJsonSchemaRequest: {
            /** @description De naam. */
            naam?: string;
            /** @description Het gegeven `schema`. */
            schema?: {
                [key: string]: unknown;
            };
        };
        /** @description Zie de velden hieronder. */
        PatchedLinkRequest: {
            /** @description De naam. */
            naam?: string;
            /**
             * Format: uri
             * @description Het adres (URL).
             */
            url?: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedLocatieRequest: {
            /** @description De naam. */
            naam?: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description De straatnaam. */
            straat?: string;
            /** @description Het huisnummer met eventuele toevoeging. */
            huisnummer?: string;
            /** @description De postcode, zoals 1234 AB. */
            postcode?: string;
            /** @description De plaats. */
            stad?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedOrganisatieRequest: {
            /** @description De naam. */
            naam?: string;
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code?: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            email?: string;
            /** @description Het telefoonnummer. */
            telefoonnummer?: string;
            /** @description De straatnaam. */
            straat?: string;
            /** @description Het huisnummer met eventuele toevoeging. */
            huisnummer?: string;
            /** @description De postcode, zoals 1234 AB. */
            postcode?: string;
            /** @description De plaats. */
            stad?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedPrijsRequest: {
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid?: string;
            /** @description Het gegeven `prijsopties`. */
            prijsopties?: components["schemas"]["PrijsOptieRequest"][];
            /** @description Het gegeven `prijsregels`. */
            prijsregels?: components["schemas"]["PrijsRegelRequest"][];
            /**
             * Format: date
             * @description Het gegeven `actief_vanaf`.
             */
            actief_vanaf?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedProductTypeRequest: {
            /** @description De uniforme productnaam uit de UPL. */
            uniforme_product_naam?: string | null;
            /** @description Het gegeven `doelgroep`. */
            doelgroep?: components["schemas"]["DoelgroepEnum"];
            /** @description Het gegeven `thema_uuids`. */
            thema_uuids?: string[];
            /**
             * @description Het gegeven `locatie_uuids`.
             * @default []
             */
            locatie_uuids: string[];
            /**
             * @description Het gegeven `organisatie_uuids`.
             * @default []
             */
            organisatie_uuids: string[];
            /** @description Het gegeven `eigenaar`. */
            eigenaar?: string | null;
            /**
             * @description Het gegeven `contact_uuids`.
             * @default []
             */
            contact_uuids: string[];
            /** @description De naam. */
            naam?: string;
            /** @description Het gegeven `samenvatting`. */
            samenvatting?: string;
            /** @description Het gegeven `externe_codes`. */
            externe_codes?: components["schemas"]["NestedExterneCodeRequest"][];
            /** @description Het gegeven `parameters`. */
            parameters?: components["schemas"]["NestedParameterRequest"][];
            /** @description Het gegeven `verbruiksobject_schema_naam`. */
            verbruiksobject_schema_naam?: string;
            /** @description Het gegeven `dataobject_schema_naam`. */
            dataobject_schema_naam?: string;
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
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code?: string;
            /** @description De statussen die producten van dit type mogen hebben, naast `initieel`. */
            toegestane_statussen?: components["schemas"]["ToegestaneStatussenEnum"][];
            /** @description Trefwoorden waarop gezocht kan worden. */
            keywords?: string[];
            /** @description Het gegeven `interne_opmerkingen`. */
            interne_opmerkingen?: string;
            /** @description Het gegeven `zaaktypen`. */
            zaaktypen?: components["schemas"]["NestedZaakTypeRequest"][];
            /** @description Het gegeven `verzoektypen`. */
            verzoektypen?: components["schemas"]["NestedVerzoekTypeRequest"][];
            /** @description Het gegeven `processen`. */
            processen?: components["schemas"]["NestedProcesRequest"][];
        };
        /** @description Zie de velden hieronder. */
        PatchedProductTypeTranslationRequest: {
            /** @description De naam. */
            naam?: string;
            /** @description Het gegeven `samenvatting`. */
            samenvatting?: string;
        };
        /** @description Zie de velden hieronder. */
        PatchedThemaRequest: {
            /** @description De naam. */
            naam?: string;
            /** @description Een beschrijving (markdown). */
            beschrijving?: string;
            /** @description Of dit getoond mag worden. */
            gepubliceerd?: boolean;
            /**
             * Format: uuid
             * @description De uuid van het thema waaronder dit thema valt; leeg voor een hoofdthema.
             */
            hoofd_thema?: string | null;
            /** @description Het gegeven `producttype_uuids`. */
            producttype_uuids?: string[];
        };
        /** @description Een prijs van een producttype vanaf een dag. */
        Prijs: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
            /** @description Bedragen om uit te kiezen (bijvoorbeeld normaal en spoed). */
            prijsopties?: components["schemas"]["PrijsOptie"][];
            /** @description DMN-tabellen die de prijs berekenen. */
            prijsregels?: components["schemas"]["PrijsRegel"][];
            /**
             * Format: date
             * @description De dag waarop deze prijs ingaat; vandaag of later.
             */
            actief_vanaf: string;
        };
        /** @description Een bedrag met een beschrijving. */
        PrijsOptie: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            uuid?: string;
            /**
             * Format: decimal
             * @description Het bedrag in euro's, minstens 0.01.
             */
            bedrag: string;
            /** @description Wat dit bedrag is. */
            beschrijving: string;
        };
        /** @description Zie de velden hieronder. */
        PrijsOptieRequest: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            uuid?: string;
            /**
             * Format: decimal
             * @description Het gegeven `bedrag`.
             */
            bedrag: string;
            /** @description Een beschrijving (markdown). */
            beschrijving: string;
        };
        /** @description Een DMN-tabel die de prijs berekent. */
        PrijsRegel: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            uuid?: string;
            /**
             * Format: uri
             * @description Het adres van de DMN-tabel.
             */
            readonly url: string;
            /** @description Wat deze regel berekent. */
            beschrijving: string;
            /** @description Welke gegevens van het product als invoer van de tabel dienen. */
            mapping?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Zie de velden hieronder. */
        PrijsRegelRequest: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            uuid?: string;
            /** @description Een beschrijving (markdown). */
            beschrijving: string;
            /** @description Het gegeven `dmn_tabel_id`. */
            dmn_tabel_id: string;
            /**
             * Format: uri
             * @description Het gegeven `tabel_endpoint`.
             */
            tabel_endpoint: string;
            /** @description Het gegeven `mapping`. */
            mapping?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Zie de velden hieronder. */
        PrijsRequest: {
            /**
             * Format: uuid
             * @description De uuid van het producttype waar dit bij hoort.
             */
            producttype_uuid: string;
            /** @description Het gegeven `prijsopties`. */
            prijsopties?: components["schemas"]["PrijsOptieRequest"][];
            /** @description Het gegeven `prijsregels`. */
            prijsregels?: components["schemas"]["PrijsRegelRequest"][];
            /**
             * Format: date
             * @description Het gegeven `actief_vanaf`.
             */
            actief_vanaf: string;
        };
        /** @description Een product dat de gemeente aanbiedt, met alles wat erbij hoort. */
        ProductType: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De uniforme productnaam uit de UPL. */
            uniforme_product_naam?: string | null;
            /** @description Voor wie het product is. */
            doelgroep: components["schemas"]["DoelgroepEnum"];
            /** @description De thema's waaronder dit valt. */
            readonly themas: components["schemas"]["NestedThema"][];
            /** @description De locaties waar het product te krijgen is. */
            readonly locaties: components["schemas"]["Locatie"][];
            /** @description De betrokken organisaties (ook die van de contactpersonen). */
            readonly organisaties: components["schemas"]["Organisatie"][];
            /** @description De URN van de eigenaar (organisatie-eenheid) van het producttype. */
            eigenaar?: string | null;
            /** @description De contactpersonen. */
            readonly contacten: components["schemas"]["Contact"][];
            /** @description Alle prijzen, de oudste eerst. */
            readonly prijzen: components["schemas"]["NestedPrijs"][];
            /** @description Links naar meer informatie. */
            readonly links: components["schemas"]["NestedLink"][];
            /** @description Acties op producten van dit type. */
            readonly acties: components["schemas"]["NestedActie"][];
            /** @description Bestanden bij het producttype. */
            readonly bestanden: components["schemas"]["NestedBestand"][];
            /** @description De naam (in de taal van `taal`). */
            naam: string;
            /** @description Een korte samenvatting (in de taal van `taal`). */
            samenvatting: string;
            /** @description De taal van naam en samenvatting in dit antwoord (`nl` of `en`). */
            readonly taal: string;
            /** @description De codes van dit producttype in andere systemen, uniek per naam. */
            externe_codes?: components["schemas"]["NestedExterneCode"][];
            /** @description Eigenschappen van dit producttype en zijn producten, uniek per naam. */
            parameters?: components["schemas"]["NestedParameter"][];
            /** @description Het JSON-schema waaraan het verbruiksobject van producten moet voldoen. */
            readonly verbruiksobject_schema: components["schemas"]["JsonSchema"] | null;
            /** @description Het JSON-schema waaraan het dataobject van producten moet voldoen. */
            readonly dataobject_schema: components["schemas"]["JsonSchema"] | null;
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
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
            /** @description De statussen die producten van dit type mogen hebben, naast `initieel`. */
            toegestane_statussen?: components["schemas"]["ToegestaneStatussenEnum"][];
            /** @description Trefwoorden waarop gezocht kan worden. */
            keywords?: string[];
            /** @description Opmerkingen voor de gemeente zelf. */
            interne_opmerkingen?: string;
            /** @description Zaaktypen die bij dit producttype horen. */
            zaaktypen?: components["schemas"]["NestedZaakType"][];
            /** @description Verzoektypen die bij dit producttype horen. */
            verzoektypen?: components["schemas"]["NestedVerzoekType"][];
            /** @description Processen die bij dit producttype horen. */
            processen?: components["schemas"]["NestedProces"][];
        };
        /** @description De prijs van een producttype die nu geldt. */
        ProductTypeActuelePrijs: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
            /** @description De uniforme productnaam van het producttype. */
            readonly upl_naam: string;
            /**
             * Format: uri
             * @description De URI van de uniforme productnaam.
             */
            readonly upl_uri: string;
            /** @description De prijs die nu geldt, of leeg. */
            actuele_prijs: components["schemas"]["NestedPrijs"] | null;
        };
        /** @description Zie de velden hieronder. */
        ProductTypeRequest: {
            /** @description De uniforme productnaam uit de UPL. */
            uniforme_product_naam?: string | null;
            /** @description Het gegeven `doelgroep`. */
            doelgroep: components["schemas"]["DoelgroepEnum"];
            /** @description Het gegeven `thema_uuids`. */
            thema_uuids: string[];
            /**
             * @description Het gegeven `locatie_uuids`.
             * @default []
             */
            locatie_uuids: string[];
            /**
             * @description Het gegeven `organisatie_uuids`.
             * @default []
             */
            organisatie_uuids: string[];
            /** @description Het gegeven `eigenaar`. */
            eigenaar?: string | null;
            /**
             * @description Het gegeven `contact_uuids`.
             * @default []
             */
            contact_uuids: string[];
            /** @description De naam. */
            naam: string;
            /** @description Het gegeven `samenvatting`. */
            samenvatting: string;
            /** @description Het gegeven `externe_codes`. */
            externe_codes?: components["schemas"]["NestedExterneCodeRequest"][];
            /** @description Het gegeven `parameters`. */
            parameters?: components["schemas"]["NestedParameterRequest"][];
            /** @description Het gegeven `verbruiksobject_schema_naam`. */
            verbruiksobject_schema_naam?: string;
            /** @description Het gegeven `dataobject_schema_naam`. */
            dataobject_schema_naam?: string;
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
            /** @description De code, alleen hoofdletters, cijfers en koppeltekens. */
            code: string;
            /** @description De statussen die producten van dit type mogen hebben, naast `initieel`. */
            toegestane_statussen?: components["schemas"]["ToegestaneStatussenEnum"][];
            /** @description Trefwoorden waarop gezocht kan worden. */
            keywords?: string[];
            /** @description Het gegeven `interne_opmerkingen`. */
            interne_opmerkingen?: string;
            /** @description Het gegeven `zaaktypen`. */
            zaaktypen?: components["schemas"]["NestedZaakTypeRequest"][];
            /** @description Het gegeven `verzoektypen`. */
            verzoektypen?: components["schemas"]["NestedVerzoekTypeRequest"][];
            /** @description Het gegeven `processen`. */
            processen?: components["schemas"]["NestedProcesRequest"][];
        };
        /** @description Naam en samenvatting van een producttype in een andere taal. */
        ProductTypeTranslation: {
            /**
             * Format: uuid
             * @description De vaste sleutel van dit object.
             */
            readonly uuid: string;
            /** @description De naam. */
            naam: string;
            /** @description Het gegeven `samenvatting`. */
            samenvatting: string;
        };
        /** @description Zie de velden hieronder. */
        ProductTypeTranslationRequest: {
            /** @description De naam. */
            naam: string;
            /** @description Het gegeven `samenvatting`. */
            samenvatting: string;
        };
        /** @description Een thema in de boom waaronder producttypen vallen. */
        Thema: {
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
            hoofd_thema: string | null;
            /** @description De producttypen onder dit thema. */
            readonly producttypen: components["schemas"]["NestedProductType"][];
        };
        /** @description Zie de velden hieronder. */
        ThemaRequest: {
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
            hoofd_thema: string | null;
            /** @description Het gegeven `producttype_uuids`. */
            producttype_uuids: string[];
        };
        /**
         * @description Zie de velden hieronder.
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
        /** @description De gewenste taal van naam en samenvatting (`nl` of `en`); zonder vertaling in die taal volgt de Nederlandse tekst, en `taal` in het antwoord zegt welke het werd. */
        "Accept-Language": string;
        /** @description De taal van de vertaling: `en`. De Nederlandse tekst staat op het object zelf. */
        taal: string;
        /** @description Het nummer waaronder het schema bekend is. */
        id: number;
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
    acties_list: {
        parameters: {
            query?: {
                /** @description Alleen acties met dit directe adres. */
                direct_url?: string;
                /** @description Alleen acties op de DMN-engine met deze naam (bij ons het tabel_endpoint). */
                dmn_config__naam?: string;
                /** @description Alleen acties op de DMN-engine met dit tabel_endpoint. */
                dmn_config__tabel_endpoint?: string;
                /** @description Alleen acties naar de DMN-tabel met deze id. */
                dmn_tabel_id?: string;
                /** @description Alleen acties met precies deze naam. */
                naam?: string;
                /** @description Alleen acties waarvan de naam deze tekst bevat (hoofdlettergevoelig). */
                naam__contains?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen acties van het producttype met deze code. */
                producttype__code?: string;
                /** @description Alleen acties van het producttype met deze (Nederlandse) naam. */
                producttype__naam?: string;
                /** @description Alleen acties van producttypen waarvan de Nederlandse naam deze tekst bevat. */
                producttype__naam__icontains?: string;
                /** @description Alleen acties van het producttype met deze uuid. */
                producttype__uuid?: string;
                /** @description Alleen acties van producttypen met deze uniforme productnaam (UPL). */
                uniforme_product_naam?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met acties. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedActieList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    acties_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActieRequest"];
            };
        };
        responses: {
            /** @description De actie is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    acties_retrieve: {
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
            /** @description De actie, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    acties_update: {
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
                "application/json": components["schemas"]["ActieRequest"];
            };
        };
        responses: {
            /** @description De actie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    acties_destroy: {
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
            /** @description De actie is verwijderd. */
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
    acties_partial_update: {
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
                "application/json": components["schemas"]["PatchedActieRequest"];
            };
        };
        responses: {
            /** @description De actie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bestanden_list: {
        parameters: {
            query?: {
                /** @description Alleen bestanden waarvan de naam deze tekst bevat (hoofdlettergevoelig). */
                naam__contains?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen bestanden van het producttype met deze code. */
                producttype__code?: string;
                /** @description Alleen bestanden van het producttype met deze (Nederlandse) naam. */
                producttype__naam?: string;
                /** @description Alleen bestanden van producttypen waarvan de Nederlandse naam deze tekst bevat. */
                producttype__naam__icontains?: string;
                /** @description Alleen bestanden van het producttype met deze uuid. */
                producttype__uuid?: string;
                /** @description Alleen bestanden van producttypen met deze uniforme productnaam (UPL). */
                uniforme_product_naam?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met bestanden. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedBestandList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    bestanden_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["BestandRequest"];
            };
        };
        responses: {
            /** @description Het bestand is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bestand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bestanden_retrieve: {
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
            /** @description Het bestand, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bestand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    bestanden_update: {
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
                "multipart/form-data": components["schemas"]["BestandRequest"];
            };
        };
        responses: {
            /** @description Het bestand na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bestand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bestanden_destroy: {
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
            /** @description Het bestand is verwijderd. */
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
    bestanden_partial_update: {
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
                "multipart/form-data": components["schemas"]["PatchedBestandRequest"];
            };
        };
        responses: {
            /** @description Het bestand na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bestand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    contacten_list: {
        parameters: {
            query?: {
                /** @description Alleen contacten met dit e-mailadres, ongeacht hoofdletters. */
                email__iexact?: string;
                /** @description Alleen contacten met precies deze naam. */
                naam?: string;
                /** @description Alleen contacten van de organisatie met deze naam. */
                organisatie__naam?: string;
                /** @description Alleen contacten van de organisatie met deze uuid. */
                organisatie__uuid?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen contacten met deze rol. */
                rol?: string;
                /** @description Alleen contacten waarvan het telefoonnummer deze cijfers bevat. */
                telefoonnummer__contains?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met contacten. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedContactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    contacten_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            /** @description Het contact is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    contacten_retrieve: {
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
            /** @description Het contact, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    contacten_update: {
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
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            /** @description Het contact na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    contacten_destroy: {
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
            /** @description Het contact is verwijderd. */
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
    contacten_partial_update: {
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
                "application/json": components["schemas"]["PatchedContactRequest"];
            };
        };
        responses: {
            /** @description Het contact na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    content_list: {
        parameters: {
            query?: {
                /** @description Filter op `content__icontains`. */
                content__icontains?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen tekstblokken van het producttype met deze code. */
                producttype__code?: string;
                /** @description Alleen tekstblokken van het producttype met deze (Nederlandse) naam. */
                producttype__naam?: string;
                /** @description Filter op `producttype__themas__naam`. */
                producttype__themas__naam?: string;
                /** @description Filter op `producttype__themas__uuid`. */
                producttype__themas__uuid?: string;
                /** @description Alleen tekstblokken van het producttype met deze uuid. */
                producttype__uuid?: string;
                /** @description Filter op `producttype__zaaktypen__url`. */
                producttype__zaaktypen__url?: string;
                /** @description Filter op `producttype__zaaktypen__urn`. */
                producttype__zaaktypen__urn?: string;
                /** @description Filter op `thema__naam`. */
                thema__naam?: string;
                /** @description Filter op `thema__uuid`. */
                thema__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met tekstblokken. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedContentElementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    content_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentElementRequest"];
            };
        };
        responses: {
            /** @description Het tekstblok is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentElement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    content_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description De gewenste taal van naam en samenvatting (`nl` of `en`); zonder vertaling in die taal volgt de Nederlandse tekst, en `taal` in het antwoord zegt welke het werd. */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het tekstblok, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentElement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    content_update: {
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
                "application/json": components["schemas"]["ContentElementRequest"];
            };
        };
        responses: {
            /** @description Het tekstblok na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentElement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    content_destroy: {
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
            /** @description Het tekstblok is verwijderd. */
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
    content_partial_update: {
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
                "application/json": components["schemas"]["PatchedContentElementRequest"];
            };
        };
        responses: {
            /** @description Het tekstblok na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentElement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    content_vertaling_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De taal van de vertaling: `en`. De Nederlandse tekst staat op het object zelf. */
                taal: components["parameters"]["taal"];
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentElementTranslationRequest"];
            };
        };
        responses: {
            /** @description De vertaling na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentElementTranslation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    content_vertaling_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De taal van de vertaling: `en`. De Nederlandse tekst staat op het object zelf. */
                taal: components["parameters"]["taal"];
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De vertaling is verwijderd. */
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
    contentlabels_list: {
        parameters: {
            query?: {
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met labels. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedContentLabelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    links_list: {
        parameters: {
            query?: {
                /** @description Alleen links met precies deze naam. */
                naam?: string;
                /** @description Alleen links waarvan de naam deze tekst bevat (hoofdlettergevoelig). */
                naam__contains?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen links van het producttype met deze code. */
                producttype__code?: string;
                /** @description Alleen links van het producttype met deze (Nederlandse) naam. */
                producttype__naam?: string;
                /** @description Alleen links van producttypen waarvan de Nederlandse naam deze tekst bevat. */
                producttype__naam__icontains?: string;
                /** @description Alleen links van het producttype met deze uuid. */
                producttype__uuid?: string;
                /** @description Alleen links van producttypen met deze uniforme productnaam (UPL). */
                uniforme_product_naam?: string;
                /** @description Alleen links naar dit adres. */
                url?: string;
                /** @description Alleen links waarvan het adres deze tekst bevat. */
                url__contains?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met links. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedLinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    links_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description De link is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    links_retrieve: {
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
            /** @description De link, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    links_update: {
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
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description De link na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    links_destroy: {
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
            /** @description De link is verwijderd. */
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
    links_partial_update: {
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
                "application/json": components["schemas"]["PatchedLinkRequest"];
            };
        };
        responses: {
            /** @description De link na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    locaties_list: {
        parameters: {
            query?: {
                /** @description Alleen locaties met dit e-mailadres, ongeacht hoofdletters. */
                email__iexact?: string;
                /** @description Alleen locaties met dit huisnummer, ongeacht hoofdletters. */
                huisnummer__iexact?: string;
                /** @description Alleen locaties met deze naam, ongeacht hoofdletters. */
                naam__iexact?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen locaties met deze postcode. */
                postcode?: string;
                /** @description Alleen locaties in deze plaats. */
                stad?: string;
                /** @description Alleen locaties aan deze straat, ongeacht hoofdletters. */
                straat__iexact?: string;
                /** @description Alleen locaties waarvan het telefoonnummer deze cijfers bevat. */
                telefoonnummer__contains?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met locaties. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedLocatieList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    locaties_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocatieRequest"];
            };
        };
        responses: {
            /** @description De locatie is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Locatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    locaties_retrieve: {
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
            /** @description De locatie, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Locatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    locaties_update: {
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
                "application/json": components["schemas"]["LocatieRequest"];
            };
        };
        responses: {
            /** @description De locatie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Locatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    locaties_destroy: {
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
            /** @description De locatie is verwijderd. */
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
    locaties_partial_update: {
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
                "application/json": components["schemas"]["PatchedLocatieRequest"];
            };
        };
        responses: {
            /** @description De locatie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Locatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    organisaties_list: {
        parameters: {
            query?: {
                /** @description Alleen organisaties met deze code. */
                code?: string;
                /** @description Alleen organisaties met dit e-mailadres, ongeacht hoofdletters. */
                email__iexact?: string;
                /** @description Alleen organisaties met dit huisnummer, ongeacht hoofdletters. */
                huisnummer__iexact?: string;
                /** @description Alleen organisaties met deze naam, ongeacht hoofdletters. */
                naam__iexact?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen organisaties met deze postcode. */
                postcode?: string;
                /** @description Alleen organisaties in deze plaats. */
                stad?: string;
                /** @description Alleen organisaties aan deze straat, ongeacht hoofdletters. */
                straat__iexact?: string;
                /** @description Alleen organisaties waarvan het telefoonnummer deze cijfers bevat. */
                telefoonnummer__contains?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met organisaties. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganisatieList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    organisaties_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisatieRequest"];
            };
        };
        responses: {
            /** @description De organisatie is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    organisaties_retrieve: {
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
            /** @description De organisatie, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    organisaties_update: {
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
                "application/json": components["schemas"]["OrganisatieRequest"];
            };
        };
        responses: {
            /** @description De organisatie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    organisaties_destroy: {
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
            /** @description De organisatie is verwijderd. */
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
    organisaties_partial_update: {
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
                "application/json": components["schemas"]["PatchedOrganisatieRequest"];
            };
        };
        responses: {
            /** @description De organisatie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    prijzen_list: {
        parameters: {
            query?: {
                /** @description Alleen prijzen die op deze dag ingaan. */
                actief_vanaf?: string;
                /** @description Alleen prijzen die op of na deze dag ingaan. */
                actief_vanaf__gte?: string;
                /** @description Alleen prijzen die op of voor deze dag ingaan. */
                actief_vanaf__lte?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen prijzen met een optie van precies dit bedrag. */
                prijsopties__bedrag?: number;
                /** @description Alleen prijzen met een optie van minstens dit bedrag. */
                prijsopties__bedrag__gte?: number;
                /** @description Alleen prijzen met een optie van hoogstens dit bedrag. */
                prijsopties__bedrag__lte?: number;
                /** @description Alleen prijzen met een optie met deze beschrijving. */
                prijsopties__beschrijving?: string;
                /** @description Alleen prijzen met een regel met deze beschrijving. */
                prijsregels__beschrijving?: string;
                /** @description Alleen prijzen met een regel naar de DMN-tabel met deze id. */
                prijsregels__dmn_tabel_id?: string;
                /** @description Alleen prijzen van het producttype met deze code. */
                producttype__code?: string;
                /** @description Alleen prijzen van het producttype met deze (Nederlandse) naam. */
                producttype__naam?: string;
                /** @description Alleen prijzen van producttypen waarvan de Nederlandse naam deze tekst bevat. */
                producttype__naam__icontains?: string;
                /** @description Alleen prijzen van het producttype met deze uuid. */
                producttype__uuid?: string;
                /** @description Alleen prijzen van producttypen met deze uniforme productnaam (UPL). */
                uniforme_product_naam?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met prijzen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPrijsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    prijzen_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrijsRequest"];
            };
        };
        responses: {
            /** @description De prijs is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prijs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    prijzen_retrieve: {
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
            /** @description De prijs, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prijs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    prijzen_update: {
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
                "application/json": components["schemas"]["PrijsRequest"];
            };
        };
        responses: {
            /** @description De prijs na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prijs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    prijzen_destroy: {
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
            /** @description De prijs is verwijderd. */
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
    prijzen_partial_update: {
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
                "application/json": components["schemas"]["PatchedPrijsRequest"];
            };
        };
        responses: {
            /** @description De prijs na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prijs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    producttypen_list: {
        parameters: {
            query?: {
                /** @description Alleen producttypen die op dit moment zijn aangemaakt. */
                aanmaak_datum?: string;
                /** @description Alleen producttypen die op of na dit moment zijn aangemaakt. */
                aanmaak_datum__gte?: string;
                /** @description Alleen producttypen die op of voor dit moment zijn aangemaakt. */
                aanmaak_datum__lte?: string;
                /** @description Alleen het producttype met deze code. */
                code?: string;
                /** @description Alleen producttypen met een contact waarvan de naam deze tekst bevat. */
                contacten__naam__contains?: string;
                /** @description Alleen producttypen met het contact met deze uuid. */
                contacten__uuid?: string;
                /** @description Alleen producttypen met een van deze contacten; scheid de uuid's met komma's. */
                contacten__uuid__in?: string[];
                /** @description Alleen producttypen voor deze doelgroep. */
                doelgroep?: "bedrijven_en_instellingen" | "burgers" | "interne_organisatie" | "samenwerkingspartners";
                /** @description Alleen producttypen met deze externe code, als `[naam:code]`; herhaal de parameter voor meer. */
                externe_code?: string;
                /** @description Alleen producttypen die wel (`true`) of niet (`false`) gepubliceerd zijn. */
                gepubliceerd?: boolean;
                /** @description Alleen producttypen met een van deze trefwoorden; scheid ze met komma's. */
                keywords?: string[];
                /** @description Alleen producttypen waarvan de Nederlandse naam met deze tekst begint (hoofdletters tellen niet). */
                letter?: string;
                /** @description Alleen producttypen bij een locatie waarvan de naam deze tekst bevat. */
                locaties__naam__contains?: string;
                /** @description Alleen producttypen bij de locatie met deze uuid. */
                locaties__uuid?: string;
                /** @description Alleen producttypen bij een van deze locaties; scheid de uuid's met komma's. */
                locaties__uuid__in?: string[];
                /** @description Alleen producttypen met precies deze naam. */
                naam?: string;
                /** @description Alleen producttypen waarvan de naam deze tekst bevat (hoofdletters tellen niet). */
                naam__icontains?: string;
                /** @description Alleen producttypen bij de organisatie met deze code. */
                organisaties__code?: string;
                /** @description Alleen producttypen bij een organisatie waarvan de naam deze tekst bevat. */
                organisaties__naam__contains?: string;
                /** @description Alleen producttypen bij de organisatie met deze uuid. */
                organisaties__uuid?: string;
                /** @description Alleen producttypen bij een van deze organisaties; scheid de uuid's met komma's. */
                organisaties__uuid__in?: string[];
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen producttypen met deze parameter, als `[naam:waarde]`; herhaal de parameter voor meer. */
                parameter?: string;
                /** @description Alleen producttypen met een proces met dit adres. */
                processen__url?: string;
                /** @description Alleen producttypen met een proces waarvan het adres deze tekst bevat. */
                processen__url__contains?: string;
                /** @description Alleen producttypen met een proces met deze URN. */
                processen__urn?: string;
                /** @description Alleen producttypen met een proces waarvan de URN deze tekst bevat. */
                processen__urn__contains?: string;
                /** @description Alleen producttypen waarvan de publicatie op deze dag eindigt. */
                publicatie_eind_datum?: string;
                /** @description Alleen producttypen waarvan de publicatie op of na deze dag eindigt. */
                publicatie_eind_datum__gte?: string;
                /** @description Alleen producttypen waarvan de publicatie op of voor deze dag eindigt. */
                publicatie_eind_datum__lte?: string;
                /** @description Alleen producttypen waarvan de publicatie op deze dag begint. */
                publicatie_start_datum?: string;
                /** @description Alleen producttypen waarvan de publicatie op of na deze dag begint. */
                publicatie_start_datum__gte?: string;
                /** @description Alleen producttypen waarvan de publicatie op of voor deze dag begint. */
                publicatie_start_datum__lte?: string;
                /** @description Alleen producttypen onder het thema met deze naam. */
                themas__naam?: string;
                /** @description Alleen producttypen onder een thema met een van deze namen; scheid ze met komma's. */
                themas__naam__in?: string[];
                /** @description Alleen producttypen onder het thema met deze uuid. */
                themas__uuid?: string;
                /** @description Alleen producttypen onder een van deze thema's; scheid de uuid's met komma's. */
                themas__uuid__in?: string[];
                /** @description Alleen producttypen die een van deze statussen toestaan; scheid ze met komma's. */
                toegestane_statussen?: ("actief" | "gereed" | "geweigerd" | "in_aanvraag" | "ingetrokken" | "initieel" | "verlopen")[];
                /** @description Alleen producttypen van producttypen met deze uniforme productnaam (UPL). */
                uniforme_product_naam?: string;
                /** @description Alleen producttypen die op dit moment voor het laatst zijn gewijzigd. */
                update_datum?: string;
                /** @description Alleen producttypen die op of na dit moment voor het laatst zijn gewijzigd. */
                update_datum__gte?: string;
                /** @description Alleen producttypen die op of voor dit moment voor het laatst zijn gewijzigd. */
                update_datum__lte?: string;
                /** @description Alleen producttypen met het verbruiksobject-schema met deze naam. */
                verbruiksobject_schema__naam?: string;
                /** @description Alleen producttypen met een verzoektype met dit adres. */
                verzoektypen__url?: string;
                /** @description Alleen producttypen met een verzoektype waarvan het adres deze tekst bevat. */
                verzoektypen__url__contains?: string;
                /** @description Alleen producttypen met een verzoektype met deze URN. */
                verzoektypen__urn?: string;
                /** @description Alleen producttypen met een verzoektype waarvan de URN deze tekst bevat. */
                verzoektypen__urn__contains?: string;
                /** @description Alleen producttypen met een zaaktype met dit adres. */
                zaaktypen__url?: string;
                /** @description Alleen producttypen met een zaaktype waarvan het adres deze tekst bevat. */
                zaaktypen__url__contains?: string;
                /** @description Alleen producttypen met een zaaktype met deze URN. */
                zaaktypen__urn?: string;
                /** @description Alleen producttypen met een zaaktype waarvan de URN deze tekst bevat. */
                zaaktypen__urn__contains?: string;
            };
            header?: {
                /** @description De gewenste taal van naam en samenvatting (`nl` of `en`); zonder vertaling in die taal volgt de Nederlandse tekst, en `taal` in het antwoord zegt welke het werd. */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met producttypen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProductTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    producttypen_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductTypeRequest"];
            };
        };
        responses: {
            /** @description Het producttype is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    producttypen_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description De gewenste taal van naam en samenvatting (`nl` of `en`); zonder vertaling in die taal volgt de Nederlandse tekst, en `taal` in het antwoord zegt welke het werd. */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het producttype, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    producttypen_update: {
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
                "application/json": components["schemas"]["ProductTypeRequest"];
            };
        };
        responses: {
            /** @description Het producttype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    producttypen_destroy: {
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
            /** @description Het producttype is verwijderd. */
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
    producttypen_partial_update: {
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
                "application/json": components["schemas"]["PatchedProductTypeRequest"];
            };
        };
        responses: {
            /** @description Het producttype na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    actuele_prijs: {
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
            /** @description Gelukt (200). */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductTypeActuelePrijs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    content: {
        parameters: {
            query?: {
                /** @description Geen tekstblokken met een van deze labels. */
                exclude_labels?: string[];
                /** @description Alleen tekstblokken met een van deze labels. */
                labels?: string[];
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
            };
            header?: {
                /** @description De gewenste taal van naam en samenvatting (`nl` of `en`); zonder vertaling in die taal volgt de Nederlandse tekst, en `taal` in het antwoord zegt welke het werd. */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelukt (200). */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedNestedContentElementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    producttypen_vertaling_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De taal van de vertaling: `en`. De Nederlandse tekst staat op het object zelf. */
                taal: components["parameters"]["taal"];
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductTypeTranslationRequest"];
            };
        };
        responses: {
            /** @description De vertaling na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductTypeTranslation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    producttypen_vertaling_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De taal van de vertaling: `en`. De Nederlandse tekst staat op het object zelf. */
                taal: components["parameters"]["taal"];
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De vertaling is verwijderd. */
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
    producttypen_vertaling_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description De taal van de vertaling: `en`. De Nederlandse tekst staat op het object zelf. */
                taal: components["parameters"]["taal"];
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedProductTypeTranslationRequest"];
            };
        };
        responses: {
            /** @description De vertaling na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductTypeTranslation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    actuele_prijzen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelukt (200). */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductTypeActuelePrijs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    schemas_list: {
        parameters: {
            query?: {
                /** @description Alleen schema's met precies deze naam. */
                naam?: string;
                /** @description Alleen schema's waarvan de naam deze tekst bevat (hoofdlettergevoelig). */
                naam__contains?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met schema's. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedJsonSchemaList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    schemas_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JsonSchemaRequest"];
            };
        };
        responses: {
            /** @description Het schema is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    schemas_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Het nummer waaronder het schema bekend is. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het schema, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    schemas_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Het nummer waaronder het schema bekend is. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JsonSchemaRequest"];
            };
        };
        responses: {
            /** @description Het schema na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    schemas_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Het nummer waaronder het schema bekend is. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het schema is verwijderd. */
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
    schemas_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Het nummer waaronder het schema bekend is. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedJsonSchemaRequest"];
            };
        };
        responses: {
            /** @description Het schema na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    themas_list: {
        parameters: {
            query?: {
                /** @description Alleen thema's die op dit moment zijn aangemaakt. */
                aanmaak_datum?: string;
                /** @description Alleen thema's die op of na dit moment zijn aangemaakt. */
                aanmaak_datum__gte?: string;
                /** @description Alleen thema's die op of voor dit moment zijn aangemaakt. */
                aanmaak_datum__lte?: string;
                /** @description Alleen thema's die wel (`true`) of niet (`false`) gepubliceerd zijn. */
                gepubliceerd?: boolean;
                /** @description Alleen thema's onder het hoofdthema met deze naam. */
                hoofd_thema__naam?: string;
                /** @description Alleen thema's onder het hoofdthema met deze uuid. */
                hoofd_thema__uuid?: string;
                /** @description Alleen thema's met precies deze naam. */
                naam?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
                /** @description Alleen thema's van het producttype met deze uuid. */
                producttypen__uuid?: string;
                /** @description Alleen thema's van een van deze producttypen; scheid de uuid's met komma's. */
                producttypen__uuid__in?: string[];
                /** @description Alleen thema's die op dit moment voor het laatst zijn gewijzigd. */
                update_datum?: string;
                /** @description Alleen thema's die op of na dit moment voor het laatst zijn gewijzigd. */
                update_datum__gte?: string;
                /** @description Alleen thema's die op of voor dit moment voor het laatst zijn gewijzigd. */
                update_datum__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met thema's. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedThemaList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    themas_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemaRequest"];
            };
        };
        responses: {
            /** @description Het thema is vastgelegd; het antwoord toont het zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    themas_retrieve: {
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
            /** @description Het thema, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    themas_update: {
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
                "application/json": components["schemas"]["ThemaRequest"];
            };
        };
        responses: {
            /** @description Het thema na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    themas_destroy: {
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
            /** @description Het thema is verwijderd. */
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
    themas_partial_update: {
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
                "application/json": components["schemas"]["PatchedThemaRequest"];
            };
        };
        responses: {
            /** @description Het thema na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    themas_content_elementen_list: {
        parameters: {
            query?: {
                /** @description Geen tekstblokken met een van deze labels. */
                exclude_labels?: string[];
                /** @description Alleen tekstblokken met een van deze labels. */
                labels?: string[];
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina, van 1 tot en met 500; zonder deze parameter 100. */
                page_size?: number;
            };
            header?: {
                /** @description De gewenste taal van naam en samenvatting (`nl` of `en`); zonder vertaling in die taal volgt de Nederlandse tekst, en `taal` in het antwoord zegt welke het werd. */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met {meervoud}. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedNestedContentElementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    bestanden_download: {
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
            /** @description De inhoud van het bestand. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    /** @description `attachment` met de bestandsnaam die bij het uploaden is meegestuurd. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
