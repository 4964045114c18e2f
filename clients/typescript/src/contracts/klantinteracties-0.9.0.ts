// Generated from openapi/klantinteracties-0.9.0.yaml by `make clients`; do not edit.
export interface paths {
    "/actoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Actoren zoeken
         * @description Geeft de actoren die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["actorenList"];
        put?: never;
        /**
         * Een actor aanmaken
         * @description Legt een actor vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["actorenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de actoren ophalen
         * @description Geeft de actor met deze uuid.
         */
        get: operations["actorenRetrieve"];
        /**
         * De actor vervangen
         * @description Vervangt de gegevens van de actor: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["actorenUpdate"];
        post?: never;
        /**
         * De actor verwijderen
         * @description Verwijdert de actor.
         */
        delete: operations["actorenDestroy"];
        options?: never;
        head?: never;
        /**
         * De actor deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de actor bij.
         */
        patch: operations["actorenPartialUpdate"];
        trace?: never;
    };
    "/actorklantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koppelingen tussen actoren en klantcontacten zoeken
         * @description Geeft de koppelingen tussen actoren en klantcontacten die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["actorklantcontactenList"];
        put?: never;
        /**
         * Een koppeling tussen een actor en een klantcontact aanmaken
         * @description Legt een koppeling tussen een actor en een klantcontact vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["actorklantcontactenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actorklantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de koppelingen tussen actoren en klantcontacten ophalen
         * @description Geeft de koppeling tussen actor en klantcontact met deze uuid.
         */
        get: operations["actorklantcontactenRetrieve"];
        /**
         * De koppeling tussen actor en klantcontact vervangen
         * @description Vervangt de gegevens van de koppeling tussen actor en klantcontact: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["actorklantcontactenUpdate"];
        post?: never;
        /**
         * De koppeling tussen actor en klantcontact verwijderen
         * @description Verwijdert de koppeling tussen actor en klantcontact.
         */
        delete: operations["actorklantcontactenDestroy"];
        options?: never;
        head?: never;
        /**
         * De koppeling tussen actor en klantcontact deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de koppeling tussen actor en klantcontact bij.
         */
        patch: operations["actorklantcontactenPartialUpdate"];
        trace?: never;
    };
    "/betrokkenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Betrokkenen zoeken
         * @description Geeft de betrokkenen die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500). Met `expand=digitaleAdressen` komen de digitale adressen van elke betrokkene mee.
         */
        get: operations["betrokkenenList"];
        put?: never;
        /**
         * Een betrokkene aanmaken
         * @description Legt een betrokkene vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["betrokkenenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/betrokkenen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de betrokkenen ophalen
         * @description Geeft de betrokkene met deze uuid.
         */
        get: operations["betrokkenenRetrieve"];
        /**
         * De betrokkene vervangen
         * @description Vervangt de gegevens van de betrokkene: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["betrokkenenUpdate"];
        post?: never;
        /**
         * De betrokkene verwijderen
         * @description Verwijdert de betrokkene.
         */
        delete: operations["betrokkenenDestroy"];
        options?: never;
        head?: never;
        /**
         * De betrokkene deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de betrokkene bij.
         */
        patch: operations["betrokkenenPartialUpdate"];
        trace?: never;
    };
    "/bijlagen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bijlagen zoeken
         * @description Geeft de bijlagen die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["bijlagenList"];
        put?: never;
        /**
         * Een bijlage aanmaken
         * @description Legt een bijlage vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["bijlagenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bijlagen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de bijlagen ophalen
         * @description Geeft de bijlage met deze uuid.
         */
        get: operations["bijlagenRetrieve"];
        /**
         * De bijlage vervangen
         * @description Vervangt de gegevens van de bijlage: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["bijlagenUpdate"];
        post?: never;
        /**
         * De bijlage verwijderen
         * @description Verwijdert de bijlage.
         */
        delete: operations["bijlagenDestroy"];
        options?: never;
        head?: never;
        /**
         * De bijlage deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de bijlage bij.
         */
        patch: operations["bijlagenPartialUpdate"];
        trace?: never;
    };
    "/categorie-relaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categorie-relaties zoeken
         * @description Geeft de categorie-relaties die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["categorieRelatiesList"];
        put?: never;
        /**
         * Een categorie-relatie aanmaken
         * @description Legt een categorie-relatie vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["categorieRelatiesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorie-relaties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de categorie-relaties ophalen
         * @description Geeft de categorie-relatie met deze uuid.
         */
        get: operations["categorieRelatiesRetrieve"];
        /**
         * De categorie-relatie vervangen
         * @description Vervangt de gegevens van de categorie-relatie: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["categorieRelatiesUpdate"];
        post?: never;
        /**
         * De categorie-relatie verwijderen
         * @description Verwijdert de categorie-relatie.
         */
        delete: operations["categorieRelatiesDestroy"];
        options?: never;
        head?: never;
        /**
         * De categorie-relatie deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de categorie-relatie bij.
         */
        patch: operations["categorieRelatiesPartialUpdate"];
        trace?: never;
    };
    "/categorieen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categorieën zoeken
         * @description Geeft de categorieën die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["categorieenList"];
        put?: never;
        /**
         * Een categorie aanmaken
         * @description Legt een categorie vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["categorieenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorieen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de categorieën ophalen
         * @description Geeft de categorie met deze uuid.
         */
        get: operations["categorieenRetrieve"];
        /**
         * De categorie vervangen
         * @description Vervangt de gegevens van de categorie: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["categorieenUpdate"];
        post?: never;
        /**
         * De categorie verwijderen
         * @description Verwijdert de categorie.
         */
        delete: operations["categorieenDestroy"];
        options?: never;
        head?: never;
        /**
         * De categorie deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de categorie bij.
         */
        patch: operations["categorieenPartialUpdate"];
        trace?: never;
    };
    "/digitaleadressen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Digitale adressen zoeken
         * @description Geeft de digitale adressen die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500). Met `expand` komt de betrokkene die het adres verstrekte mee, desgewenst met diens klantcontact en de interne taken daarvan.
         */
        get: operations["digitaleadressenList"];
        put?: never;
        /**
         * Een digitaal adres aanmaken
         * @description Legt een digitaal adres vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan. Een e-mailadres en een telefoonnummer worden gecontroleerd op hun vorm (nummers met 0800, 0900, 1400 of 140xx zijn niet toegestaan). Is `isStandaardAdres` waar, dan is dit het enige standaardadres van zijn soort voor de partij: de andere verliezen die markering.
         */
        post: operations["digitaleadressenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/digitaleadressen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de digitale adressen ophalen
         * @description Geeft het digitale adres met deze uuid.
         */
        get: operations["digitaleadressenRetrieve"];
        /**
         * Het digitale adres vervangen
         * @description Vervangt de gegevens van het digitale adres: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren. De regels van aanmaken gelden ook hier.
         */
        put: operations["digitaleadressenUpdate"];
        post?: never;
        /**
         * Het digitale adres verwijderen
         * @description Verwijdert het digitale adres.
         */
        delete: operations["digitaleadressenDestroy"];
        options?: never;
        head?: never;
        /**
         * Het digitale adres deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het digitale adres bij. De regels van aanmaken gelden ook hier.
         */
        patch: operations["digitaleadressenPartialUpdate"];
        trace?: never;
    };
    "/internetaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interne taken zoeken
         * @description Geeft de interne taken die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["internetakenList"];
        put?: never;
        /**
         * Een interne taak aanmaken
         * @description Legt een interne taak vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan. Wordt de status `verwerkt`, dan krijgt `afgehandeldOp` het huidige tijdstip (tenzij meegegeven). `toegewezenAanActoren` vervangt het verouderde `toegewezenAanActor`.
         */
        post: operations["internetakenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internetaken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de interne taken ophalen
         * @description Geeft de interne taak met deze uuid.
         */
        get: operations["internetakenRetrieve"];
        /**
         * De interne taak vervangen
         * @description Vervangt de gegevens van de interne taak: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren. De regels van aanmaken gelden ook hier.
         */
        put: operations["internetakenUpdate"];
        post?: never;
        /**
         * De interne taak verwijderen
         * @description Verwijdert de interne taak.
         */
        delete: operations["internetakenDestroy"];
        options?: never;
        head?: never;
        /**
         * De interne taak deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de interne taak bij. De regels van aanmaken gelden ook hier.
         */
        patch: operations["internetakenPartialUpdate"];
        trace?: never;
    };
    "/klantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Klantcontacten zoeken
         * @description Geeft de klantcontacten die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500). De klantcontacten van één persoon vind je met `hadBetrokkene__wasPartij__uuid` of met `hadBetrokkene__wasPartij__partijIdentificator__objectId`. Met `expand` komen betrokkenen (met hun digitale adressen of partij), interne taken, onderwerpobjecten en bijlagen mee.
         */
        get: operations["klantcontactenList"];
        put?: never;
        /**
         * Een klantcontact aanmaken
         * @description Legt een klantcontact vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["klantcontactenCreate"];
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
         * @description Geeft het klantcontact met deze uuid.
         */
        get: operations["klantcontactenRetrieve"];
        /**
         * Het klantcontact vervangen
         * @description Vervangt de gegevens van het klantcontact: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["klantcontactenUpdate"];
        post?: never;
        /**
         * Het klantcontact verwijderen
         * @description Verwijdert het klantcontact. Met het klantcontact verdwijnen ook zijn betrokkenen, onderwerpobjecten, bijlagen, interne taken en de koppelingen met actoren.
         */
        delete: operations["klantcontactenDestroy"];
        options?: never;
        head?: never;
        /**
         * Het klantcontact deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het klantcontact bij.
         */
        patch: operations["klantcontactenPartialUpdate"];
        trace?: never;
    };
    "/maak-klantcontact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Klantcontact, betrokkene en onderwerpobject in één keer vastleggen
         * @description Legt een klantcontact vast en, als ze zijn meegestuurd, een betrokkene en een onderwerpobject die er meteen aan gekoppeld zijn, in één transactie: alles of niets. Zo registreert een KCC-applicatie een contactmoment met één verzoek.
         */
        post: operations["maakKlantcontactCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderwerpobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Onderwerpobjecten zoeken
         * @description Geeft de onderwerpobjecten die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["onderwerpobjectenList"];
        put?: never;
        /**
         * Een onderwerpobject aanmaken
         * @description Legt een onderwerpobject vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["onderwerpobjectenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderwerpobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de onderwerpobjecten ophalen
         * @description Geeft het onderwerpobject met deze uuid.
         */
        get: operations["onderwerpobjectenRetrieve"];
        /**
         * Het onderwerpobject vervangen
         * @description Vervangt de gegevens van het onderwerpobject: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["onderwerpobjectenUpdate"];
        post?: never;
        /**
         * Het onderwerpobject verwijderen
         * @description Verwijdert het onderwerpobject. Met `cascade=true` verdwijnen ook de klantcontacten van dit onderwerpobject (met alles wat daarbij hoort), behalve die nog door een ander onderwerpobject worden gebruikt; die staan dan in het antwoord onder `behouden`.
         */
        delete: operations["onderwerpobjectenDestroy"];
        options?: never;
        head?: never;
        /**
         * Het onderwerpobject deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het onderwerpobject bij.
         */
        patch: operations["onderwerpobjectenPartialUpdate"];
        trace?: never;
    };
    "/partij-identificatoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partij-identificatoren zoeken
         * @description Geeft de partij-identificatoren die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["partijIdentificatorenList"];
        put?: never;
        /**
         * Een partij-identificator aanmaken
         * @description Legt een partij-identificator vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan. Alleen de combinaties van de basisregistraties zijn toegestaan (BRP: natuurlijk persoon met BSN; HR: niet-natuurlijk persoon met RSIN of KvK-nummer, vestiging met vestigingsnummer). Een BSN en RSIN moeten de elfproef doorstaan; een vestigingsnummer hoort onder een KvK-nummer (`subIdentificatorVan`). Een identificator bestaat maar één keer, en een partij heeft er per soort hoogstens één.
         */
        post: operations["partijIdentificatorenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partij-identificatoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de partij-identificatoren ophalen
         * @description Geeft de partij-identificator met deze uuid.
         */
        get: operations["partijIdentificatorenRetrieve"];
        /**
         * De partij-identificator vervangen
         * @description Vervangt de gegevens van de partij-identificator: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren. De regels van aanmaken gelden ook hier.
         */
        put: operations["partijIdentificatorenUpdate"];
        post?: never;
        /**
         * De partij-identificator verwijderen
         * @description Verwijdert de partij-identificator. Een identificator waaronder een andere hangt (`subIdentificatorVan`), kan niet worden verwijderd.
         */
        delete: operations["partijIdentificatorenDestroy"];
        options?: never;
        head?: never;
        /**
         * De partij-identificator deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de partij-identificator bij. De regels van aanmaken gelden ook hier.
         */
        patch: operations["partijIdentificatorenPartialUpdate"];
        trace?: never;
    };
    "/partijen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partijen zoeken
         * @description Geeft de partijen die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500). Zoek een persoon op BSN met `partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=...`: alle `partijIdentificator__`-parameters gelden samen voor één en dezelfde identificator. Met `expand` komen digitale adressen, betrokkenen (met hun klantcontact) en categorie-relaties in `_expand` mee.
         */
        get: operations["partijenList"];
        put?: never;
        /**
         * Een partij aanmaken
         * @description Legt een partij vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan. Identificatoren (`partijIdentificatoren`) worden in dezelfde transactie vastgelegd; een identificator met een `uuid` is een bestaande die aan deze partij wordt gekoppeld en bijgewerkt. `digitaleAdressen` en `rekeningnummers` koppelen bestaande adressen en rekeningen; het voorkeursadres en de voorkeursrekening moeten daar bij horen.
         */
        post: operations["partijenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partijen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de partijen ophalen
         * @description Geeft de partij met deze uuid.
         */
        get: operations["partijenRetrieve"];
        /**
         * De partij vervangen
         * @description Vervangt de gegevens van de partij: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren. Wat `partijIdentificatoren` noemt, blijft of komt erbij; identificatoren van deze partij die de lijst niet noemt worden verwijderd. Digitale adressen en rekeningnummers die `digitaleAdressen` of `rekeningnummers` niet noemt, worden losgekoppeld (niet verwijderd). Velden die de body niet noemt blijven zoals ze waren.
         */
        put: operations["partijenUpdate"];
        post?: never;
        /**
         * De partij verwijderen
         * @description Verwijdert de partij. Met de partij verdwijnen ook haar identificatoren, digitale adressen, rekeningnummers, categorie-relaties, vertegenwoordigingen en de betrokkenen die naar haar verwijzen. Een partij met een identificator waaronder die van een andere partij hangt (een KvK-nummer met vestigingen) kan niet worden verwijderd.
         */
        delete: operations["partijenDestroy"];
        options?: never;
        head?: never;
        /**
         * De partij deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de partij bij. Voor `partijIdentificatoren`, `digitaleAdressen` en `rekeningnummers` geldt hetzelfde als bij vervangen: de meegestuurde lijst is de nieuwe lijst.
         */
        patch: operations["partijenPartialUpdate"];
        trace?: never;
    };
    "/rekeningnummers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rekeningnummers zoeken
         * @description Geeft de rekeningnummers die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["rekeningnummersList"];
        put?: never;
        /**
         * Een rekeningnummer aanmaken
         * @description Legt een rekeningnummer vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["rekeningnummersCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rekeningnummers/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de rekeningnummers ophalen
         * @description Geeft het rekeningnummer met deze uuid.
         */
        get: operations["rekeningnummersRetrieve"];
        /**
         * Het rekeningnummer vervangen
         * @description Vervangt de gegevens van het rekeningnummer: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["rekeningnummersUpdate"];
        post?: never;
        /**
         * Het rekeningnummer verwijderen
         * @description Verwijdert het rekeningnummer.
         */
        delete: operations["rekeningnummersDestroy"];
        options?: never;
        head?: never;
        /**
         * Het rekeningnummer deels bijwerken
         * @description Werkt alleen de meegestuurde velden van het rekeningnummer bij.
         */
        patch: operations["rekeningnummersPartialUpdate"];
        trace?: never;
    };
    "/vertegenwoordigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vertegenwoordigingen zoeken
         * @description Geeft de vertegenwoordigingen die aan de queryparameters voldoen, de nieuwste eerst, in pagina's van 100 (of `pageSize`, tot 500).
         */
        get: operations["vertegenwoordigingenList"];
        put?: never;
        /**
         * Een vertegenwoordiging aanmaken
         * @description Legt een vertegenwoordiging vast. Het antwoord toont wat is opgeslagen, met het adres (`url`) ervan.
         */
        post: operations["vertegenwoordigingenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vertegenwoordigingen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén van de vertegenwoordigingen ophalen
         * @description Geeft de vertegenwoordiging met deze uuid.
         */
        get: operations["vertegenwoordigingenRetrieve"];
        /**
         * De vertegenwoordiging vervangen
         * @description Vervangt de gegevens van de vertegenwoordiging: de verplichte velden moeten erin staan; optionele velden die de body niet noemt, blijven zoals ze waren.
         */
        put: operations["vertegenwoordigingenUpdate"];
        post?: never;
        /**
         * De vertegenwoordiging verwijderen
         * @description Verwijdert de vertegenwoordiging.
         */
        delete: operations["vertegenwoordigingenDestroy"];
        options?: never;
        head?: never;
        /**
         * De vertegenwoordiging deels bijwerken
         * @description Werkt alleen de meegestuurde velden van de vertegenwoordiging bij.
         */
        patch: operations["vertegenwoordigingenPartialUpdate"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Iemand of iets dat voor de gemeente werkt: een medewerker, een geautomatiseerd systeem of een organisatorische eenheid; welke, zegt `soortActor`. */
        Actor: components["schemas"]["medewerker_ActorSerializer"] | components["schemas"]["geautomatiseerde_actor_ActorSerializer"] | components["schemas"]["organisatorische_eenheid_ActorSerializer"];
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        ActorForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Dat een actor bij een klantcontact betrokken was. */
        ActorKlantcontact: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De actor. */
            actor: components["schemas"]["ActorForeignKey"];
            /** @description Het klantcontact waar dit object bij hoort. */
            klantcontact: components["schemas"]["KlantcontactForeignKey"];
        };
        /** @description Zie de velden hieronder. */
        Actoridentificator: {
            /** @description De waarde die het object in zijn register aanduidt. */
            objectId?: string;
            /** @description Het soort object in zijn register. */
            codeObjecttype?: string;
            /** @description Het register waarin het object staat. */
            codeRegister?: string;
            /** @description Welk kenmerk het object in zijn register aanduidt. */
            codeSoortObjectId?: string;
        };
        /** @description De gegevens die elke actor heeft. */
        Base_ActorSerializer: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De naam. */
            naam: string;
            /** @description Wat voor actor dit is: medewerker, geautomatiseerde actor of organisatorische eenheid. */
            soortActor: components["schemas"]["SoortActorEnum"];
            /** @description Of dit object nog gebruikt mag worden (`false`: alleen nog voor de geschiedenis). */
            indicatieActief?: boolean;
            /** @description Hoe de actor in een ander register heet. */
            actoridentificator?: components["schemas"]["Actoridentificator"] | null;
        };
        /** @description De gegevens die elke partij heeft, van welke soort ook. */
        Base_PartijSerializer: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /**
             * @deprecated
             * @description **Verouderd**: een nummer om het object in gesprekken mee aan te duiden. Zonder nummer krijgt het object het volgende vrije nummer van tien cijfers.
             */
            nummer?: string | null;
            /** @description Aantekeningen over de partij, alleen voor intern gebruik. */
            interneNotitie?: string;
            /** @description De betrokkenen bij klantcontacten die deze partij waren. */
            readonly betrokkenen: components["schemas"]["BetrokkeneForeignKey"][];
            /** @description De categorieën van de partij, met hun looptijd. */
            readonly categorieRelaties: components["schemas"]["CategorieRelatieForeignKey"][];
            /** @description De digitale adressen die de partij gaf voor later contact. Bij schrijven: precies deze adressen horen bij de partij; wie weggelaten wordt, wordt losgekoppeld. */
            digitaleAdressen?: components["schemas"]["DigitaalAdresForeignKey"][] | null;
            /** @description Het digitale adres waarop de partij het liefst benaderd wordt; een van haar eigen adressen. */
            voorkeursDigitaalAdres?: components["schemas"]["DigitaalAdresForeignKey"] | null;
            /** @description De partijen die deze partij vertegenwoordigt. */
            readonly vertegenwoordigden: components["schemas"]["PartijForeignKey"][];
            /** @description De bankrekeningen van de partij. Bij schrijven: precies deze horen bij de partij; wie weggelaten wordt, wordt losgekoppeld. */
            rekeningnummers?: components["schemas"]["RekeningnummerForeignKey"][] | null;
            /** @description De rekening die de partij het liefst gebruikt; een van haar eigen rekeningen. */
            voorkeursRekeningnummer?: components["schemas"]["RekeningnummerForeignKey"] | null;
            /** @description De identificatoren van de partij (BSN, KvK-nummer ...). Bij schrijven: de nieuwe lijst; weggelaten identificatoren van deze partij worden verwijderd. */
            partijIdentificatoren?: components["schemas"]["PartijIdentificator"][] | null;
            /** @description Wat voor partij dit is: persoon, organisatie of contactpersoon. */
            soortPartij: components["schemas"]["SoortPartijEnum"];
            /** @description Of de partij vroeg haar gegevens geheim te houden; leeg als dat niet bekend is. */
            indicatieGeheimhouding?: boolean | null;
            /** @description De taal waarin de partij het liefst contact heeft, als code volgens ISO 639-2/B (bijvoorbeeld nld). */
            voorkeurstaal?: string;
            /** @description Of dit object nog gebruikt mag worden (`false`: alleen nog voor de geschiedenis). */
            indicatieActief: boolean;
            /** @description Het adres waar iemand bezocht wil worden; het mag afwijken van de adressen in de basisregistraties. */
            bezoekadres?: components["schemas"]["PartijBezoekadres"] | null;
            /** @description Het adres waar iemand post wil ontvangen; het mag afwijken van de adressen in de basisregistraties. */
            correspondentieadres?: components["schemas"]["PartijCorrespondentieadres"] | null;
        };
        /** @description Wie bij een klantcontact betrokken was: een bekende partij, of iemand met alleen contactgegevens voor het vervolg. */
        Betrokkene: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De partij die deze betrokkene was, als die bekend is. */
            wasPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het klantcontact waarbij deze betrokkene betrokken was. */
            hadKlantcontact: components["schemas"]["KlantcontactForeignKey"];
            /** @description De digitale adressen. */
            readonly digitaleAdressen: components["schemas"]["DigitaalAdresForeignKey"][];
            /** @description Het adres waar iemand bezocht wil worden; het mag afwijken van de adressen in de basisregistraties. */
            bezoekadres?: components["schemas"]["Bezoekadres"] | null;
            /** @description Het adres waar iemand post wil ontvangen; het mag afwijken van de adressen in de basisregistraties. */
            correspondentieadres?: components["schemas"]["BetrokkeneCorrespondentieadres"] | null;
            /** @description De naam waarmee iemand tijdens contact met de gemeente aangesproken wil worden; die mag afwijken van de naam in de BRP. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description De naam uit de contactnaam, samengesteld: voornaam (of voorletters), voorvoegsel en achternaam. */
            readonly volledigeNaam: string;
            /** @description De rol van de betrokkene tijdens het contact: klant of vertegenwoordiger. */
            rol: components["schemas"]["RolEnum"];
            /** @description De organisatie waarvoor de betrokkene optrad. */
            organisatienaam?: string;
            /** @description Of deze betrokkene het contact begon. */
            initiator: boolean;
        };
        /** @description Zie de velden hieronder. */
        BetrokkeneCorrespondentieadres: {
            /** @description De identificatie van het adres (nummeraanduiding) in de Basisregistratie Adressen en Gebouwen (16 cijfers). */
            nummeraanduidingId?: string;
            /** @description De straat, voor een Nederlands adres zonder BAG-identificatie. */
            straatnaam?: string;
            /** @description Het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummer?: number | null;
            /** @description De toevoeging aan het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummertoevoeging?: string;
            /** @description De postcode (1234 AB), voor een Nederlands adres zonder BAG-identificatie. */
            postcode?: string;
            /** @description De woonplaats, voor een Nederlands adres zonder BAG-identificatie. */
            stad?: string;
            /** @description Eerste regel van een adres dat niet in de BAG staat. */
            adresregel1?: string;
            /** @description Tweede regel van een adres dat niet in de BAG staat. */
            adresregel2?: string;
            /** @description Derde regel van een adres dat niet in de BAG staat. */
            adresregel3?: string;
            /** @description De landcode volgens ISO 3166 (twee tekens) van een adres buiten Nederland. */
            land?: string;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        BetrokkeneForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Zie de velden hieronder. */
        BetrokkeneKlantcontactReadOnly: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De partij die deze betrokkene was, als die bekend is. */
            wasPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het klantcontact waarbij deze betrokkene betrokken was. */
            readonly hadKlantcontact: components["schemas"]["KlantcontactForeignKey"];
            /** @description De digitale adressen. */
            readonly digitaleAdressen: components["schemas"]["DigitaalAdresForeignKey"][];
            /** @description Het adres waar iemand bezocht wil worden; het mag afwijken van de adressen in de basisregistraties. */
            bezoekadres?: components["schemas"]["Bezoekadres"] | null;
            /** @description Het adres waar iemand post wil ontvangen; het mag afwijken van de adressen in de basisregistraties. */
            correspondentieadres?: components["schemas"]["BetrokkeneCorrespondentieadres"] | null;
            /** @description De naam waarmee iemand tijdens contact met de gemeente aangesproken wil worden; die mag afwijken van de naam in de BRP. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description De naam uit de contactnaam, samengesteld: voornaam (of voorletters), voorvoegsel en achternaam. */
            readonly volledigeNaam: string;
            /** @description De rol van de betrokkene tijdens het contact: klant of vertegenwoordiger. */
            rol: components["schemas"]["RolEnum"];
            /** @description De organisatie waarvoor de betrokkene optrad. */
            organisatienaam?: string;
            /** @description Of deze betrokkene het contact begon. */
            initiator: boolean;
        };
        /** @description Zie de velden hieronder. */
        Bezoekadres: {
            /** @description De identificatie van het adres (nummeraanduiding) in de Basisregistratie Adressen en Gebouwen (16 cijfers). */
            nummeraanduidingId?: string;
            /** @description De straat, voor een Nederlands adres zonder BAG-identificatie. */
            straatnaam?: string;
            /** @description Het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummer?: number | null;
            /** @description De toevoeging aan het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummertoevoeging?: string;
            /** @description De postcode (1234 AB), voor een Nederlands adres zonder BAG-identificatie. */
            postcode?: string;
            /** @description De woonplaats, voor een Nederlands adres zonder BAG-identificatie. */
            stad?: string;
            /** @description Eerste regel van een adres dat niet in de BAG staat. */
            adresregel1?: string;
            /** @description Tweede regel van een adres dat niet in de BAG staat. */
            adresregel2?: string;
            /** @description Derde regel van een adres dat niet in de BAG staat. */
            adresregel3?: string;
            /** @description De landcode volgens ISO 3166 (twee tekens) van een adres buiten Nederland. */
            land?: string;
        };
        /** @description Een document of ander object dat (een deel van) de inhoud van een klantcontact bevat. */
        Bijlage: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description Het klantcontact waar deze bijlage bij hoort. */
            wasBijlageVanKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Hoe het object in zijn eigen register heet. */
            bijlageidentificator?: components["schemas"]["BijlageIdentificator"] | null;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        BijlageForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Zie de velden hieronder. */
        BijlageIdentificator: {
            /** @description De waarde die het object in zijn register aanduidt. */
            objectId?: string;
            /** @description Het soort object in zijn register. */
            codeObjecttype?: string;
            /** @description Het register waarin het object staat. */
            codeRegister?: string;
            /** @description Welk kenmerk het object in zijn register aanduidt. */
            codeSoortObjectId?: string;
        };
        /** @description Een categorie waarin partijen kunnen vallen (een uitbreiding die de standaard experimenteel noemt). */
        Categorie: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De naam van de categorie. */
            naam?: string;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        CategorieForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De naam. */
            readonly naam: string;
        };
        /** @description Dat een partij een tijd lang in een categorie valt. */
        CategorieRelatie: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De partij waar dit object bij hoort. */
            partij?: components["schemas"]["PartijForeignkeyBase"] | null;
            /** @description De categorie. */
            categorie?: components["schemas"]["CategorieForeignKey"] | null;
            /**
             * Format: date
             * @description De eerste dag van de relatie (JJJJ-MM-DD); zonder waarde vandaag.
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description De laatste dag van de relatie (JJJJ-MM-DD).
             */
            eindDatum?: string | null;
        };
        /** @description Een categorie-relatie van een partij. */
        CategorieRelatieForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De naam van de categorie. */
            readonly categorieNaam: string | null;
            /**
             * Format: date
             * @description De eerste dag van de relatie (JJJJ-MM-DD); zonder waarde vandaag.
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description De laatste dag van de relatie (JJJJ-MM-DD).
             */
            eindDatum?: string | null;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        CodeObjecttypeEnum: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        CodeRegisterEnum: "brp" | "hr";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        CodeSoortObjectIdEnum: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
        /** @description Zie de velden hieronder. */
        Contactnaam: {
            /** @description De voorletters. */
            voorletters?: string;
            /** @description De voornaam waarmee de gemeente iemand aanspreekt. */
            voornaam?: string;
            /** @description Het voorvoegsel van de achternaam, zoals 'van' of 'de'. */
            voorvoegselAchternaam?: string;
            /** @description De achternaam waarmee de gemeente iemand aanspreekt. */
            achternaam?: string;
        };
        /** @description De gegevens van iemand die namens een organisatie contact heeft. */
        Contactpersoon: {
            /**
             * Format: uuid
             * @description De uuid van de contactpersoon.
             */
            uuid?: string;
            /** @description De organisatie (een partij van soort organisatie) waarvoor de contactpersoon werkt. */
            werkteVoorPartij?: components["schemas"]["PartijPolymorphic"] | null;
            /** @description De naam waarmee iemand tijdens contact met de gemeente aangesproken wil worden; die mag afwijken van de naam in de BRP. */
            contactnaam?: components["schemas"]["ContactpersoonPersoon"] | null;
            /** @description De naam uit de contactnaam, samengesteld: voornaam (of voorletters), voorvoegsel en achternaam. */
            readonly volledigeNaam: string;
        };
        /** @description Zie de velden hieronder. */
        ContactpersoonPersoon: {
            /** @description De voorletters. */
            voorletters?: string;
            /** @description De voornaam waarmee de gemeente iemand aanspreekt. */
            voornaam?: string;
            /** @description Het voorvoegsel van de achternaam, zoals 'van' of 'de'. */
            voorvoegselAchternaam?: string;
            /** @description De achternaam waarmee de gemeente iemand aanspreekt. */
            achternaam?: string;
        };
        /** @description Een e-mailadres, telefoonnummer of ander digitaal adres, gegeven door een partij of door een betrokkene bij een klantcontact. */
        DigitaalAdres: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De betrokkene die dit adres gaf, voor het vervolg op een klantcontact. */
            verstrektDoorBetrokkene?: components["schemas"]["BetrokkeneForeignKey"] | null;
            /** @description De partij die dit adres gaf, voor later contact. */
            verstrektDoorPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het adres zelf. Een e-mailadres en een telefoonnummer worden op hun vorm gecontroleerd; 0800-, 0900-, 1400- en 140xx-nummers zijn niet toegestaan. */
            adres: string;
            /** @description Wat voor adres dit is: email, telefoonnummer of overig. */
            soortDigitaalAdres: components["schemas"]["SoortDigitaalAdresEnum"];
            /** @description Of dit het standaardadres van zijn soort is voor de partij; er is er per partij en soort hoogstens één. */
            isStandaardAdres?: boolean;
            /** @description Een korte omschrijving. */
            omschrijving?: string;
            /** @description Een vrije code waarmee een systeem dit adres herkent. */
            referentie?: string;
            /**
             * Format: date
             * @description De dag waarop is vastgesteld dat het adres werkt.
             */
            verificatieDatum?: string | null;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        DigitaalAdresForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Het object, met in `_expand` de gerelateerde objecten waar `expand` om vroeg. */
        ExpandBetrokkene: components["schemas"]["Betrokkene"] & {
            _expand?: {
                readonly digitaleAdressen?: components["schemas"]["DigitaalAdres"][];
            };
        };
        /** @description Het object, met in `_expand` de gerelateerde objecten waar `expand` om vroeg. */
        ExpandDigitaalAdres: components["schemas"]["DigitaalAdres"] & {
            _expand?: {
                verstrektDoorBetrokkene?: components["schemas"]["Betrokkene"] | null;
            };
        };
        /** @description Het object, met in `_expand` de gerelateerde objecten waar `expand` om vroeg. */
        ExpandKlantcontact: components["schemas"]["Klantcontact"] & {
            _expand?: {
                readonly hadBetrokkenen?: components["schemas"]["Betrokkene"][];
                readonly leiddeTotInterneTaken?: components["schemas"]["InterneTaak"][];
                readonly gingOverOnderwerpobjecten?: components["schemas"]["Onderwerpobject"][];
                readonly omvatteBijlagen?: components["schemas"]["Bijlage"][];
            };
        };
        /** @description Het object, met in `_expand` de gerelateerde objecten waar `expand` om vroeg. */
        ExpandPartij: {
            soortPartij: "ExpandPartij";
        } & (Omit<components["schemas"]["Partij"], "soortPartij"> & {
            _expand?: {
                digitaleAdressen?: components["schemas"]["DigitaalAdres"][] | null;
                readonly betrokkenen?: components["schemas"]["Betrokkene"][];
                readonly categorieRelaties?: components["schemas"]["CategorieRelatie"][];
            };
        });
        /** @description De gegevens van een geautomatiseerde actor. */
        GeautomatiseerdeActor: {
            /** @description De functie of de taak. */
            functie: string;
            /** @description Een korte omschrijving. */
            omschrijving?: string;
        };
        /** @description Een taak voor de gemeente die uit een klantcontact voortkwam, zoals terugbellen. */
        InterneTaak: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /**
             * @deprecated
             * @description **Verouderd**: een nummer om het object in gesprekken mee aan te duiden. Zonder nummer krijgt het object het volgende vrije nummer van tien cijfers.
             */
            nummer?: string | null;
            /** @description Een nummer om het object in gesprekken mee aan te duiden, vrij te kiezen. */
            referentienummer?: string | null;
            /** @description Wat er moet gebeuren om de taak af te ronden. */
            gevraagdeHandeling: string;
            /** @description Het klantcontact dat tot de taak leidde. */
            aanleidinggevendKlantcontact: components["schemas"]["KlantcontactForeignKey"];
            /**
             * @deprecated
             * @description **Verouderd**: de eerste actor aan wie de taak is toegewezen; gebruik `toegewezenAanActoren`.
             */
            toegewezenAanActor?: components["schemas"]["ActorForeignKey"];
            /** @description De actoren aan wie de taak is toegewezen. */
            toegewezenAanActoren?: components["schemas"]["ActorForeignKey"][];
            /** @description Een toelichting die helpt de taak af te handelen. */
            toelichting?: string;
            /** @description Hoe ver de taak is: te verwerken of verwerkt. */
            status: components["schemas"]["StatusEnum"];
            /**
             * Format: date-time
             * @description Wanneer de taak werd toegewezen.
             */
            readonly toegewezenOp: string;
            /**
             * Format: date-time
             * @description Wanneer de taak werd afgehandeld; wordt gezet als de status verwerkt wordt.
             */
            afgehandeldOp?: string | null;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        InterneTaakForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Een contact tussen de gemeente en een persoon of organisatie over een onderwerp: een gesprek, een e-mail, een brief. */
        Klantcontact: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De onderwerpobjecten waar het contact over ging. */
            readonly gingOverOnderwerpobjecten: components["schemas"]["OnderwerpobjectForeignKey"][];
            /** @description De actoren (medewerkers, systemen, afdelingen) die bij het contact betrokken waren. */
            readonly hadBetrokkenActoren: components["schemas"]["Actor"][];
            /** @description De bijlagen bij het contact. */
            readonly omvatteBijlagen: components["schemas"]["BijlageForeignKey"][];
            /** @description De betrokkenen bij het contact. */
            readonly hadBetrokkenen: components["schemas"]["BetrokkeneForeignKey"][];
            /** @description De interne taken die uit het contact voortkwamen. */
            readonly leiddeTotInterneTaken: components["schemas"]["InterneTaakForeignKey"][];
            /**
             * @deprecated
             * @description **Verouderd**: een nummer om het object in gesprekken mee aan te duiden. Zonder nummer krijgt het object het volgende vrije nummer van tien cijfers.
             */
            nummer?: string | null;
            /** @description Een nummer om het object in gesprekken mee aan te duiden, vrij te kiezen. */
            referentienummer?: string | null;
            /** @description Het kanaal van het contact, bijvoorbeeld telefoon of e-mail. */
            kanaal: string;
            /** @description Waar het contact over ging. */
            onderwerp: string;
            /** @description Wat er tijdens het contact werd gezegd of gevraagd. */
            inhoud?: string;
            /** @description Het antwoord dat de gemeente gaf. */
            reactie?: string;
            /** @description Of het lukte contact te krijgen; leeg als dat niet bekend is. */
            indicatieContactGelukt?: boolean | null;
            /**
             * Format: uri
             * @description Het adres van het type van het onderwerp, bijvoorbeeld een zaaktype.
             */
            hoofdOnderwerpType?: string;
            /**
             * @description Of het systeem waar het contact plaatsvond zelf verder gaat als de klant niet bereikt wordt.
             * @default false
             */
            verdereActieOndernomen: boolean;
            /** @description De taal van het contact, als code volgens ISO 639-2/B (bijvoorbeeld nld). */
            taal: string;
            /** @description Of onderwerp, inhoud en kenmerken van het contact vertrouwelijk zijn. */
            vertrouwelijk: boolean;
            /**
             * Format: date-time
             * @description Wanneer het contact plaatsvond (of begon); zonder waarde het moment van vastleggen.
             */
            plaatsgevondenOp?: string;
            /** @description Vrije sleutels met tekstwaarden (hoogstens 255 tekens per waarde). */
            metadata?: {
                [key: string]: string;
            };
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        KlantcontactForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Een klantcontact met, als gewenst, een betrokkene en een onderwerpobject, in één keer. */
        MaakKlantcontact: {
            klantcontact: components["schemas"]["Klantcontact"];
            betrokkene?: components["schemas"]["BetrokkeneKlantcontactReadOnly"];
            onderwerpobject?: components["schemas"]["OnderwerpobjectKlantcontactReadOnly"];
        };
        /** @description De gegevens van een medewerker. */
        Medewerker: {
            /** @description De functie of de taak. */
            functie: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            emailadres?: string;
            /** @description Het telefoonnummer, zoals 0612345678, +31612345678 of 0031612345678. */
            telefoonnummer: string;
        };
        /** @description Waar een klantcontact over ging: een zaak, een product of ander object in een ander register. */
        Onderwerpobject: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description Het klantcontact dat over dit object ging. */
            klantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Het klantcontact dat dit object zelf was (een eerder contact). */
            wasKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Hoe het object in zijn eigen register heet (register, objecttype, soort kenmerk en waarde). */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        /** @description Het antwoord op verwijderen met `cascade=true`. */
        OnderwerpobjectDeleteResponse: {
            /** @description De adressen van de klantcontacten die bleven, omdat een ander onderwerpobject ze nog gebruikt. */
            behouden: string[];
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        OnderwerpobjectForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Zie de velden hieronder. */
        OnderwerpobjectKlantcontactReadOnly: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description Het klantcontact waar dit object bij hoort. */
            readonly klantcontact: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Het gegeven `wasKlantcontact`. */
            wasKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Het gegeven `onderwerpobjectidentificator`. */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        /** @description Zie de velden hieronder. */
        Onderwerpobjectidentificator: {
            /** @description De waarde die het object in zijn register aanduidt. */
            objectId?: string;
            /** @description Het soort object in zijn register. */
            codeObjecttype?: string;
            /** @description Het register waarin het object staat. */
            codeRegister?: string;
            /** @description Welk kenmerk het object in zijn register aanduidt. */
            codeSoortObjectId?: string;
        };
        /** @description De gegevens van een organisatie. */
        Organisatie: {
            /** @description De naam van de organisatie. */
            naam?: string;
        };
        /** @description De gegevens van een organisatorische eenheid. */
        OrganisatorischeEenheid: {
            /** @description Een korte omschrijving. */
            omschrijving?: string;
            /**
             * Format: email
             * @description Het e-mailadres.
             */
            emailadres?: string;
            /** @description Het faxnummer. */
            faxnummer?: string;
            /** @description Het telefoonnummer, zoals 0612345678, +31612345678 of 0031612345678. */
            telefoonnummer?: string;
        };
        /** @description Eén pagina uit een lijst (ActorKlantcontact). */
        PaginatedActorKlantcontactList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["ActorKlantcontact"][];
        };
        /** @description Eén pagina uit een lijst (Actor). */
        PaginatedActorList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Actor"][];
        };
        /** @description Eén pagina uit een lijst (Betrokkene). */
        PaginatedBetrokkeneList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Betrokkene"][];
        };
        /** @description Eén pagina uit een lijst (Bijlage). */
        PaginatedBijlageList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Bijlage"][];
        };
        /** @description Eén pagina uit een lijst (Categorie). */
        PaginatedCategorieList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Categorie"][];
        };
        /** @description Eén pagina uit een lijst (CategorieRelatie). */
        PaginatedCategorieRelatieList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["CategorieRelatie"][];
        };
        /** @description Eén pagina uit een lijst (DigitaalAdres). */
        PaginatedDigitaalAdresList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["DigitaalAdres"][];
        };
        /** @description Eén pagina uit een lijst (ExpandBetrokkene). */
        PaginatedExpandBetrokkeneList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["ExpandBetrokkene"][];
        };
        /** @description Eén pagina uit een lijst (ExpandDigitaalAdres). */
        PaginatedExpandDigitaalAdresList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["ExpandDigitaalAdres"][];
        };
        /** @description Eén pagina uit een lijst (ExpandKlantcontact). */
        PaginatedExpandKlantcontactList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["ExpandKlantcontact"][];
        };
        /** @description Eén pagina uit een lijst (ExpandPartij). */
        PaginatedExpandPartijList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["ExpandPartij"][];
        };
        /** @description Eén pagina uit een lijst (InterneTaak). */
        PaginatedInterneTaakList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["InterneTaak"][];
        };
        /** @description Eén pagina uit een lijst (Klantcontact). */
        PaginatedKlantcontactList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Klantcontact"][];
        };
        /** @description Eén pagina uit een lijst (Onderwerpobject). */
        PaginatedOnderwerpobjectList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Onderwerpobject"][];
        };
        /** @description Eén pagina uit een lijst (PartijIdentificator). */
        PaginatedPartijIdentificatorList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["PartijIdentificator"][];
        };
        /** @description Eén pagina uit een lijst (Partij). */
        PaginatedPartijList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Partij"][];
        };
        /** @description Eén pagina uit een lijst (Rekeningnummer). */
        PaginatedRekeningnummerList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Rekeningnummer"][];
        };
        /** @description Eén pagina uit een lijst (Vertegenwoordigden). */
        PaginatedVertegenwoordigdenList: {
            /** @description Het totale aantal resultaten over alle pagina's. */
            count: number;
            /**
             * Format: uri
             * @description Het adres van de volgende pagina; leeg op de laatste.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description Het adres van de vorige pagina; leeg op de eerste.
             */
            previous?: string | null;
            /** @description De resultaten op deze pagina. */
            results: components["schemas"]["Vertegenwoordigden"][];
        };
        /** @description Een persoon, organisatie of contactpersoon met wie de gemeente contact heeft; welke van de drie zegt `soortPartij`, en `partijIdentificatie` heeft de vorm die daarbij hoort. */
        Partij: components["schemas"]["contactpersoon_PartijSerializer"] | components["schemas"]["persoon_PartijSerializer"] | components["schemas"]["organisatie_PartijSerializer"];
        /** @description Zie de velden hieronder. */
        PartijBezoekadres: {
            /** @description De identificatie van het adres (nummeraanduiding) in de Basisregistratie Adressen en Gebouwen (16 cijfers). */
            nummeraanduidingId?: string;
            /** @description De straat, voor een Nederlands adres zonder BAG-identificatie. */
            straatnaam?: string;
            /** @description Het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummer?: number | null;
            /** @description De toevoeging aan het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummertoevoeging?: string;
            /** @description De postcode (1234 AB), voor een Nederlands adres zonder BAG-identificatie. */
            postcode?: string;
            /** @description De woonplaats, voor een Nederlands adres zonder BAG-identificatie. */
            stad?: string;
            /** @description Eerste regel van een adres dat niet in de BAG staat. */
            adresregel1?: string;
            /** @description Tweede regel van een adres dat niet in de BAG staat. */
            adresregel2?: string;
            /** @description Derde regel van een adres dat niet in de BAG staat. */
            adresregel3?: string;
            /** @description De landcode volgens ISO 3166 (twee tekens) van een adres buiten Nederland. */
            land?: string;
        };
        /** @description Zie de velden hieronder. */
        PartijCorrespondentieadres: {
            /** @description De identificatie van het adres (nummeraanduiding) in de Basisregistratie Adressen en Gebouwen (16 cijfers). */
            nummeraanduidingId?: string;
            /** @description De straat, voor een Nederlands adres zonder BAG-identificatie. */
            straatnaam?: string;
            /** @description Het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummer?: number | null;
            /** @description De toevoeging aan het huisnummer, voor een Nederlands adres zonder BAG-identificatie. */
            huisnummertoevoeging?: string;
            /** @description De postcode (1234 AB), voor een Nederlands adres zonder BAG-identificatie. */
            postcode?: string;
            /** @description De woonplaats, voor een Nederlands adres zonder BAG-identificatie. */
            stad?: string;
            /** @description Eerste regel van een adres dat niet in de BAG staat. */
            adresregel1?: string;
            /** @description Tweede regel van een adres dat niet in de BAG staat. */
            adresregel2?: string;
            /** @description Derde regel van een adres dat niet in de BAG staat. */
            adresregel3?: string;
            /** @description De landcode volgens ISO 3166 (twee tekens) van een adres buiten Nederland. */
            land?: string;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        PartijForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        PartijForeignkeyBase: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Een nummer waaronder een partij in een basisregistratie bekend is. */
        PartijIdentificator: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De partij die dit nummer heeft. */
            identificeerdePartij?: components["schemas"]["PartijForeignKey"] | null;
            /**
             * @deprecated
             * @description **Verouderd**: een vrije verwijzing naar een ander soort nummer.
             */
            anderePartijIdentificator?: string;
            /** @description Het register, het soort object, het soort nummer en het nummer zelf. */
            partijIdentificator: components["schemas"]["PartijIdentificatorGroepType"];
            /** @description De identificator waarbinnen deze uniek is: het KvK-nummer van een vestigingsnummer. */
            subIdentificatorVan?: components["schemas"]["PartijIdentificatorForeignkey"] | null;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        PartijIdentificatorForeignkey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Een nummer in een basisregistratie: het register, het objecttype, het soort nummer en het nummer. */
        PartijIdentificatorGroepType: {
            /** @description Het objecttype: natuurlijk_persoon (BRP), niet_natuurlijk_persoon of vestiging (HR). */
            codeObjecttype: components["schemas"]["CodeObjecttypeEnum"];
            /** @description Het soort nummer: bsn, rsin, kvk_nummer of vestigingsnummer. */
            codeSoortObjectId: components["schemas"]["CodeSoortObjectIdEnum"];
            /** @description Het nummer. Een BSN of RSIN moet de elfproef doorstaan, een KvK-nummer heeft 8 cijfers, een vestigingsnummer 12. */
            objectId: string;
            /** @description Het register: brp of hr. */
            codeRegister: components["schemas"]["CodeRegisterEnum"];
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        PartijPolymorphic: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /** @description Iemand of iets dat voor de gemeente werkt: een medewerker, een geautomatiseerd systeem of een organisatorische eenheid; welke, zegt `soortActor`. */
        PatchedActor: components["schemas"]["medewerker_ActorSerializer"] | components["schemas"]["geautomatiseerde_actor_ActorSerializer"] | components["schemas"]["organisatorische_eenheid_ActorSerializer"];
        /** @description Dat een actor bij een klantcontact betrokken was. */
        PatchedActorKlantcontact: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De actor. */
            actor?: components["schemas"]["ActorForeignKey"];
            /** @description Het klantcontact waar dit object bij hoort. */
            klantcontact?: components["schemas"]["KlantcontactForeignKey"];
        };
        /** @description Wie bij een klantcontact betrokken was: een bekende partij, of iemand met alleen contactgegevens voor het vervolg. */
        PatchedBetrokkene: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De partij die deze betrokkene was, als die bekend is. */
            wasPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het klantcontact waarbij deze betrokkene betrokken was. */
            hadKlantcontact?: components["schemas"]["KlantcontactForeignKey"];
            /** @description De digitale adressen. */
            readonly digitaleAdressen?: components["schemas"]["DigitaalAdresForeignKey"][];
            /** @description Het adres waar iemand bezocht wil worden; het mag afwijken van de adressen in de basisregistraties. */
            bezoekadres?: components["schemas"]["Bezoekadres"] | null;
            /** @description Het adres waar iemand post wil ontvangen; het mag afwijken van de adressen in de basisregistraties. */
            correspondentieadres?: components["schemas"]["BetrokkeneCorrespondentieadres"] | null;
            /** @description De naam waarmee iemand tijdens contact met de gemeente aangesproken wil worden; die mag afwijken van de naam in de BRP. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description De naam uit de contactnaam, samengesteld: voornaam (of voorletters), voorvoegsel en achternaam. */
            readonly volledigeNaam?: string;
            /** @description De rol van de betrokkene tijdens het contact: klant of vertegenwoordiger. */
            rol?: components["schemas"]["RolEnum"];
            /** @description De organisatie waarvoor de betrokkene optrad. */
            organisatienaam?: string;
            /** @description Of deze betrokkene het contact begon. */
            initiator?: boolean;
        };
        /** @description Een document of ander object dat (een deel van) de inhoud van een klantcontact bevat. */
        PatchedBijlage: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description Het klantcontact waar deze bijlage bij hoort. */
            wasBijlageVanKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Hoe het object in zijn eigen register heet. */
            bijlageidentificator?: components["schemas"]["BijlageIdentificator"] | null;
        };
        /** @description Een categorie waarin partijen kunnen vallen (een uitbreiding die de standaard experimenteel noemt). */
        PatchedCategorie: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De naam van de categorie. */
            naam?: string;
        };
        /** @description Dat een partij een tijd lang in een categorie valt. */
        PatchedCategorieRelatie: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De partij waar dit object bij hoort. */
            partij?: components["schemas"]["PartijForeignkeyBase"] | null;
            /** @description De categorie. */
            categorie?: components["schemas"]["CategorieForeignKey"] | null;
            /**
             * Format: date
             * @description De eerste dag van de relatie (JJJJ-MM-DD); zonder waarde vandaag.
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description De laatste dag van de relatie (JJJJ-MM-DD).
             */
            eindDatum?: string | null;
        };
        /** @description Een e-mailadres, telefoonnummer of ander digitaal adres, gegeven door een partij of door een betrokkene bij een klantcontact. */
        PatchedDigitaalAdres: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De betrokkene die dit adres gaf, voor het vervolg op een klantcontact. */
            verstrektDoorBetrokkene?: components["schemas"]["BetrokkeneForeignKey"] | null;
            /** @description De partij die dit adres gaf, voor later contact. */
            verstrektDoorPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het adres zelf. Een e-mailadres en een telefoonnummer worden op hun vorm gecontroleerd; 0800-, 0900-, 1400- en 140xx-nummers zijn niet toegestaan. */
            adres?: string;
            /** @description Wat voor adres dit is: email, telefoonnummer of overig. */
            soortDigitaalAdres?: components["schemas"]["SoortDigitaalAdresEnum"];
            /** @description Of dit het standaardadres van zijn soort is voor de partij; er is er per partij en soort hoogstens één. */
            isStandaardAdres?: boolean;
            /** @description Een korte omschrijving. */
            omschrijving?: string;
            /** @description Een vrije code waarmee een systeem dit adres herkent. */
            referentie?: string;
            /**
             * Format: date
             * @description De dag waarop is vastgesteld dat het adres werkt.
             */
            verificatieDatum?: string | null;
        };
        /** @description Een taak voor de gemeente die uit een klantcontact voortkwam, zoals terugbellen. */
        PatchedInterneTaak: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /**
             * @deprecated
             * @description **Verouderd**: een nummer om het object in gesprekken mee aan te duiden. Zonder nummer krijgt het object het volgende vrije nummer van tien cijfers.
             */
            nummer?: string | null;
            /** @description Een nummer om het object in gesprekken mee aan te duiden, vrij te kiezen. */
            referentienummer?: string | null;
            /** @description Wat er moet gebeuren om de taak af te ronden. */
            gevraagdeHandeling?: string;
            /** @description Het klantcontact dat tot de taak leidde. */
            aanleidinggevendKlantcontact?: components["schemas"]["KlantcontactForeignKey"];
            /**
             * @deprecated
             * @description **Verouderd**: de eerste actor aan wie de taak is toegewezen; gebruik `toegewezenAanActoren`.
             */
            toegewezenAanActor?: components["schemas"]["ActorForeignKey"];
            /** @description De actoren aan wie de taak is toegewezen. */
            toegewezenAanActoren?: components["schemas"]["ActorForeignKey"][];
            /** @description Een toelichting die helpt de taak af te handelen. */
            toelichting?: string;
            /** @description Hoe ver de taak is: te verwerken of verwerkt. */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: date-time
             * @description Wanneer de taak werd toegewezen.
             */
            readonly toegewezenOp?: string;
            /**
             * Format: date-time
             * @description Wanneer de taak werd afgehandeld; wordt gezet als de status verwerkt wordt.
             */
            afgehandeldOp?: string | null;
        };
        /** @description Een contact tussen de gemeente en een persoon of organisatie over een onderwerp: een gesprek, een e-mail, een brief. */
        PatchedKlantcontact: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De onderwerpobjecten waar het contact over ging. */
            readonly gingOverOnderwerpobjecten?: components["schemas"]["OnderwerpobjectForeignKey"][];
            /** @description De actoren (medewerkers, systemen, afdelingen) die bij het contact betrokken waren. */
            readonly hadBetrokkenActoren?: components["schemas"]["Actor"][];
            /** @description De bijlagen bij het contact. */
            readonly omvatteBijlagen?: components["schemas"]["BijlageForeignKey"][];
            /** @description De betrokkenen bij het contact. */
            readonly hadBetrokkenen?: components["schemas"]["BetrokkeneForeignKey"][];
            /** @description De interne taken die uit het contact voortkwamen. */
            readonly leiddeTotInterneTaken?: components["schemas"]["InterneTaakForeignKey"][];
            /**
             * @deprecated
             * @description **Verouderd**: een nummer om het object in gesprekken mee aan te duiden. Zonder nummer krijgt het object het volgende vrije nummer van tien cijfers.
             */
            nummer?: string | null;
            /** @description Een nummer om het object in gesprekken mee aan te duiden, vrij te kiezen. */
            referentienummer?: string | null;
            /** @description Het kanaal van het contact, bijvoorbeeld telefoon of e-mail. */
            kanaal?: string;
            /** @description Waar het contact over ging. */
            onderwerp?: string;
            /** @description Wat er tijdens het contact werd gezegd of gevraagd. */
            inhoud?: string;
            /** @description Het antwoord dat de gemeente gaf. */
            reactie?: string;
            /** @description Of het lukte contact te krijgen; leeg als dat niet bekend is. */
            indicatieContactGelukt?: boolean | null;
            /**
             * Format: uri
             * @description Het adres van het type van het onderwerp, bijvoorbeeld een zaaktype.
             */
            hoofdOnderwerpType?: string;
            /**
             * @description Of het systeem waar het contact plaatsvond zelf verder gaat als de klant niet bereikt wordt.
             * @default false
             */
            verdereActieOndernomen: boolean;
            /** @description De taal van het contact, als code volgens ISO 639-2/B (bijvoorbeeld nld). */
            taal?: string;
            /** @description Of onderwerp, inhoud en kenmerken van het contact vertrouwelijk zijn. */
            vertrouwelijk?: boolean;
            /**
             * Format: date-time
             * @description Wanneer het contact plaatsvond (of begon); zonder waarde het moment van vastleggen.
             */
            plaatsgevondenOp?: string;
            /** @description Vrije sleutels met tekstwaarden (hoogstens 255 tekens per waarde). */
            metadata?: {
                [key: string]: string;
            };
        };
        /** @description Waar een klantcontact over ging: een zaak, een product of ander object in een ander register. */
        PatchedOnderwerpobject: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description Het klantcontact dat over dit object ging. */
            klantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Het klantcontact dat dit object zelf was (een eerder contact). */
            wasKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Hoe het object in zijn eigen register heet (register, objecttype, soort kenmerk en waarde). */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        /** @description Een persoon, organisatie of contactpersoon met wie de gemeente contact heeft; welke van de drie zegt `soortPartij`, en `partijIdentificatie` heeft de vorm die daarbij hoort. */
        PatchedPartij: components["schemas"]["contactpersoon_PartijSerializer"] | components["schemas"]["persoon_PartijSerializer"] | components["schemas"]["organisatie_PartijSerializer"];
        /** @description Een nummer waaronder een partij in een basisregistratie bekend is. */
        PatchedPartijIdentificator: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De partij die dit nummer heeft. */
            identificeerdePartij?: components["schemas"]["PartijForeignKey"] | null;
            /**
             * @deprecated
             * @description **Verouderd**: een vrije verwijzing naar een ander soort nummer.
             */
            anderePartijIdentificator?: string;
            /** @description Het register, het soort object, het soort nummer en het nummer zelf. */
            partijIdentificator?: components["schemas"]["PartijIdentificatorGroepType"];
            /** @description De identificator waarbinnen deze uniek is: het KvK-nummer van een vestigingsnummer. */
            subIdentificatorVan?: components["schemas"]["PartijIdentificatorForeignkey"] | null;
        };
        /** @description Een bankrekening van een partij. */
        PatchedRekeningnummer: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De partij waar dit object bij hoort. */
            partij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het internationale rekeningnummer (IBAN); de controlecijfers moeten kloppen. */
            iban?: string;
            /** @description De code van de bank (BIC). */
            bic?: string;
        };
        /** @description Een partij die een andere partij vertegenwoordigt. */
        PatchedVertegenwoordigden: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url?: string;
            /** @description De partij die vertegenwoordigt. */
            vertegenwoordigendePartij?: components["schemas"]["PartijForeignKey"];
            /** @description De partij die vertegenwoordigd wordt. */
            vertegenwoordigdePartij?: components["schemas"]["PartijForeignKey"];
        };
        /** @description De gegevens van een persoon. */
        Persoon: {
            /** @description De naam waarmee iemand tijdens contact met de gemeente aangesproken wil worden; die mag afwijken van de naam in de BRP. */
            contactnaam?: components["schemas"]["PersoonContact"] | null;
            /** @description De naam uit de contactnaam, samengesteld: voornaam (of voorletters), voorvoegsel en achternaam. */
            readonly volledigeNaam: string;
        };
        /** @description Zie de velden hieronder. */
        PersoonContact: {
            /** @description De voorletters. */
            voorletters?: string;
            /** @description De voornaam waarmee de gemeente iemand aanspreekt. */
            voornaam?: string;
            /** @description Het voorvoegsel van de achternaam, zoals 'van' of 'de'. */
            voorvoegselAchternaam?: string;
            /** @description De achternaam waarmee de gemeente iemand aanspreekt. */
            achternaam?: string;
        };
        /** @description Een bankrekening van een partij. */
        Rekeningnummer: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De partij waar dit object bij hoort. */
            partij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het internationale rekeningnummer (IBAN); de controlecijfers moeten kloppen. */
            iban: string;
            /** @description De code van de bank (BIC). */
            bic?: string;
        };
        /** @description Een verwijzing naar een ander object in deze API: bij schrijven volstaat de `uuid`, bij lezen komt het adres (`url`) erbij. */
        RekeningnummerForeignKey: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
        };
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        RolEnum: "vertegenwoordiger" | "klant";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        SoortActorEnum: "medewerker" | "geautomatiseerde_actor" | "organisatorische_eenheid";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        SoortDigitaalAdresEnum: "email" | "telefoonnummer" | "overig";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        SoortPartijEnum: "persoon" | "organisatie" | "contactpersoon";
        /**
         * @description Zie de velden hieronder.
         * @enum {string}
         */
        StatusEnum: "te_verwerken" | "verwerkt";
        /** @description Een partij die een andere partij vertegenwoordigt. */
        Vertegenwoordigden: {
            /**
             * Format: uuid
             * @description De uuid van het object, zijn vaste sleutel in deze API.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description Het vaste adres van dit object.
             */
            readonly url: string;
            /** @description De partij die vertegenwoordigt. */
            vertegenwoordigendePartij: components["schemas"]["PartijForeignKey"];
            /** @description De partij die vertegenwoordigd wordt. */
            vertegenwoordigdePartij: components["schemas"]["PartijForeignKey"];
        };
        /** @description Zie de velden hieronder. */
        actor_identificatie_GeautomatiseerdeActor: {
            actorIdentificatie?: components["schemas"]["GeautomatiseerdeActor"];
        };
        /** @description Zie de velden hieronder. */
        actor_identificatie_Medewerker: {
            actorIdentificatie?: components["schemas"]["Medewerker"];
        };
        /** @description Zie de velden hieronder. */
        actor_identificatie_OrganisatorischeEenheid: {
            actorIdentificatie?: components["schemas"]["OrganisatorischeEenheid"];
        };
        /** @description Zie de velden hieronder. */
        contactpersoon_PartijSerializer: components["schemas"]["Base_PartijSerializer"] & components["schemas"]["partij_identificatie_Contactpersoon"] & {
            /** @enum {string} */
            soortPartij?: "contactpersoon";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "contactpersoon";
        };
        /** @description Zie de velden hieronder. */
        geautomatiseerde_actor_ActorSerializer: components["schemas"]["Base_ActorSerializer"] & components["schemas"]["actor_identificatie_GeautomatiseerdeActor"] & {
            /** @enum {string} */
            soortActor?: "geautomatiseerde_actor";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "geautomatiseerde_actor";
        };
        /** @description Zie de velden hieronder. */
        medewerker_ActorSerializer: components["schemas"]["Base_ActorSerializer"] & components["schemas"]["actor_identificatie_Medewerker"] & {
            /** @enum {string} */
            soortActor?: "medewerker";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "medewerker";
        };
        /** @description Zie de velden hieronder. */
        organisatie_PartijSerializer: components["schemas"]["Base_PartijSerializer"] & components["schemas"]["partij_identificatie_Organisatie"] & {
            /** @enum {string} */
            soortPartij?: "organisatie";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "organisatie";
        };
        /** @description Zie de velden hieronder. */
        organisatorische_eenheid_ActorSerializer: components["schemas"]["Base_ActorSerializer"] & components["schemas"]["actor_identificatie_OrganisatorischeEenheid"] & {
            /** @enum {string} */
            soortActor?: "organisatorische_eenheid";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "organisatorische_eenheid";
        };
        /** @description Zie de velden hieronder. */
        partij_identificatie_Contactpersoon: {
            partijIdentificatie?: components["schemas"]["Contactpersoon"];
        };
        /** @description Zie de velden hieronder. */
        partij_identificatie_Organisatie: {
            partijIdentificatie?: components["schemas"]["Organisatie"];
        };
        /** @description Zie de velden hieronder. */
        partij_identificatie_Persoon: {
            partijIdentificatie?: components["schemas"]["Persoon"];
        };
        /** @description Zie de velden hieronder. */
        persoon_PartijSerializer: components["schemas"]["Base_PartijSerializer"] & components["schemas"]["partij_identificatie_Persoon"] & {
            /** @enum {string} */
            soortPartij?: "persoon";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "persoon";
        };
        /** @description Een mislukt verzoek, beschreven naar RFC 9457 (problem details). */
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
        /** @description Wat er mis is met één veld of parameter. */
        FieldValidationError: {
            /** @description Het veld (met punten voor geneste velden) of de parameter met de ongeldige waarde. */
            name: string;
            /** @description Een vaste, door programma's te herkennen code voor de soort fout. */
            code: string;
            /** @description In gewone taal wat er aan de waarde mankeert. */
            reason: string;
        };
        /** @description Een verzoek met ongeldige gegevens, naar RFC 9457, met per veld wat er mis is. */
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
    };
    responses: {
        /** @description De gevraagde pagina ligt voorbij de laatste pagina van de lijst (een uitbreiding van deze implementatie). */
        PageNotFound: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
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
        /** @description Het token geeft geen recht op deze handeling (scope). */
        Forbidden: {
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
        /** @description Er is geen nummer van tien cijfers meer vrij om uit te geven (code `nummers-op`); geef zelf een `nummer` mee. */
        NummersOp: {
            headers: {
                "API-version": components["headers"]["API-version"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Fout"];
            };
        };
        /** @description De meegestuurde gegevens zijn geen JSON (header `Content-Type`). */
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
        /** @description De versie van dit contract die het antwoord volgt (0.9.0). */
        "API-version": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    actorenList: {
        parameters: {
            query?: {
                /** @description Alleen actoren waarvan de identificator in het andere register dit objecttype heeft. */
                actoridentificatorCodeObjecttype?: string;
                /** @description Alleen actoren waarvan de identificator in het andere register dit register heeft. */
                actoridentificatorCodeRegister?: string;
                /** @description Alleen actoren waarvan de identificator in het andere register dit soort heeft. */
                actoridentificatorCodeSoortObjectId?: string;
                /** @description Alleen actoren waarvan de identificator in het andere register dit nummer (objectId) heeft. */
                actoridentificatorObjectId?: string;
                /** @description Alleen actieve (`true`) of niet-actieve (`false`) actoren. */
                indicatieActief?: boolean;
                /** @description Alleen actoren met precies deze naam. */
                naam?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen actoren van deze soort. */
                soortActor?: "geautomatiseerde_actor" | "medewerker" | "organisatorische_eenheid";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met actoren. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedActorList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    actorenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description De actor is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    actorenRetrieve: {
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
            /** @description De actor, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    actorenUpdate: {
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
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description De actor na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    actorenDestroy: {
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
            /** @description De actor is verwijderd. */
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
    actorenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedActor"];
            };
        };
        responses: {
            /** @description De actor na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    actorklantcontactenList: {
        parameters: {
            query?: {
                /** @description Alleen koppelingen tussen actoren en klantcontacten bij de actor met dit adres. */
                actor__url?: string;
                /** @description Alleen koppelingen tussen actoren en klantcontacten bij de actor met deze uuid. */
                actor__uuid?: string;
                /** @description Alleen koppelingen tussen actoren en klantcontacten bij het klantcontact met dit adres. */
                klantcontact__url?: string;
                /** @description Alleen koppelingen tussen actoren en klantcontacten bij het klantcontact met deze uuid. */
                klantcontact__uuid?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met koppelingen tussen actoren en klantcontacten. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedActorKlantcontactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    actorklantcontactenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorKlantcontact"];
            };
        };
        responses: {
            /** @description De koppeling tussen actor en klantcontact is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    actorklantcontactenRetrieve: {
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
            /** @description De koppeling tussen actor en klantcontact, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    actorklantcontactenUpdate: {
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
                "application/json": components["schemas"]["ActorKlantcontact"];
            };
        };
        responses: {
            /** @description De koppeling tussen actor en klantcontact na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    actorklantcontactenDestroy: {
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
            /** @description De koppeling tussen actor en klantcontact is verwijderd. */
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
    actorklantcontactenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedActorKlantcontact"];
            };
        };
        responses: {
            /** @description De koppeling tussen actor en klantcontact na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    betrokkenenList: {
        parameters: {
            query?: {
                /** @description Alleen betrokkenen met precies deze achternaam. */
                contactnaamAchternaam?: string;
                /** @description Alleen betrokkenen met precies deze voorletters. */
                contactnaamVoorletters?: string;
                /** @description Alleen betrokkenen met precies deze voornaam. */
                contactnaamVoornaam?: string;
                /** @description Alleen betrokkenen met precies dit voorvoegsel. */
                contactnaamVoorvoegselAchternaam?: string;
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: "digitaleAdressen"[];
                /**
                 * @deprecated
                 * @description Alleen betrokkenen bij het klantcontact met dit nummer.
                 */
                hadKlantcontact__nummer?: string;
                /** @description Alleen betrokkenen bij het klantcontact met dit referentienummer. */
                hadKlantcontact__referentienummer?: string;
                /** @description Alleen betrokkenen bij het klantcontact met dit adres. */
                hadKlantcontact__url?: string;
                /** @description Alleen betrokkenen bij het klantcontact met deze uuid. */
                hadKlantcontact__uuid?: string;
                /** @description Alleen betrokkenen met precies deze organisatienaam. */
                organisatienaam?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen betrokkenen die precies dit digitale adres verstrekten. */
                verstrektedigitaalAdres__adres?: string;
                /** @description Alleen betrokkenen bij het verstrekte digitale adres met dit adres. */
                verstrektedigitaalAdres__url?: string;
                /** @description Alleen betrokkenen bij het verstrekte digitale adres met deze uuid. */
                verstrektedigitaalAdres__uuid?: string;
                /**
                 * @deprecated
                 * @description Alleen betrokkenen die de partij met dit nummer waren.
                 */
                wasPartij__nummer?: string;
                /** @description Alleen betrokkenen waarvan de partij van de betrokkene een identificator heeft met dit objecttype; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                wasPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Alleen betrokkenen waarvan de partij van de betrokkene een identificator heeft met dit register; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                wasPartij__partijIdentificator__codeRegister?: string;
                /** @description Alleen betrokkenen waarvan de partij van de betrokkene een identificator heeft met dit soort; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                wasPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen betrokkenen waarvan de partij van de betrokkene een identificator heeft met dit nummer (objectId); alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                wasPartij__partijIdentificator__objectId?: string;
                /** @description Alleen betrokkenen bij de partij met dit adres. */
                wasPartij__url?: string;
                /** @description Alleen betrokkenen bij de partij met deze uuid. */
                wasPartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met betrokkenen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedExpandBetrokkeneList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    betrokkenenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Betrokkene"];
            };
        };
        responses: {
            /** @description De betrokkene is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Betrokkene"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    betrokkenenRetrieve: {
        parameters: {
            query?: {
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: "digitaleAdressen"[];
            };
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De betrokkene, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpandBetrokkene"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    betrokkenenUpdate: {
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
                "application/json": components["schemas"]["Betrokkene"];
            };
        };
        responses: {
            /** @description De betrokkene na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Betrokkene"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    betrokkenenDestroy: {
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
            /** @description De betrokkene is verwijderd. */
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
    betrokkenenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedBetrokkene"];
            };
        };
        responses: {
            /** @description De betrokkene na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Betrokkene"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bijlagenList: {
        parameters: {
            query?: {
                /** @description Alleen bijlagen waarvan de identificator in het andere register dit objecttype heeft. */
                bijlageidentificatorCodeObjecttype?: string;
                /** @description Alleen bijlagen waarvan de identificator in het andere register dit register heeft. */
                bijlageidentificatorCodeRegister?: string;
                /** @description Alleen bijlagen waarvan de identificator in het andere register dit soort heeft. */
                bijlageidentificatorCodeSoortObjectId?: string;
                /** @description Alleen bijlagen waarvan de identificator in het andere register dit nummer (objectId) heeft. */
                bijlageidentificatorObjectId?: string;
                /** @description Alleen bijlagen bij het klantcontact met deze uuid. */
                klantcontact__uuid?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met bijlagen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedBijlageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    bijlagenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Bijlage"];
            };
        };
        responses: {
            /** @description De bijlage is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bijlagenRetrieve: {
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
            /** @description De bijlage, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    bijlagenUpdate: {
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
                "application/json": components["schemas"]["Bijlage"];
            };
        };
        responses: {
            /** @description De bijlage na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bijlagenDestroy: {
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
            /** @description De bijlage is verwijderd. */
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
    bijlagenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedBijlage"];
            };
        };
        responses: {
            /** @description De bijlage na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    categorieRelatiesList: {
        parameters: {
            query?: {
                /** @description Alleen relaties die op deze dag begonnen. */
                beginDatum?: string;
                /** @description Alleen relaties met een categorie van deze naam. */
                categorie__naam?: string;
                /** @description Alleen categorie-relaties bij de categorie met dit adres. */
                categorie__url?: string;
                /** @description Alleen categorie-relaties bij de categorie met deze uuid. */
                categorie__uuid?: string;
                /** @description Alleen relaties die op deze dag eindigen. */
                eindDatum?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /**
                 * @deprecated
                 * @description Alleen relaties van de partij met dit nummer.
                 */
                partij__nummer?: string;
                /** @description Alleen categorie-relaties bij de partij met dit adres. */
                partij__url?: string;
                /** @description Alleen categorie-relaties bij de partij met deze uuid. */
                partij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met categorie-relaties. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCategorieRelatieList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    categorieRelatiesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CategorieRelatie"];
            };
        };
        responses: {
            /** @description De categorie-relatie is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    categorieRelatiesRetrieve: {
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
            /** @description De categorie-relatie, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    categorieRelatiesUpdate: {
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
                "application/json": components["schemas"]["CategorieRelatie"];
            };
        };
        responses: {
            /** @description De categorie-relatie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    categorieRelatiesDestroy: {
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
            /** @description De categorie-relatie is verwijderd. */
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
    categorieRelatiesPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedCategorieRelatie"];
            };
        };
        responses: {
            /** @description De categorie-relatie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    categorieenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met categorieën. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCategorieList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    categorieenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Categorie"];
            };
        };
        responses: {
            /** @description De categorie is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Categorie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    categorieenRetrieve: {
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
            /** @description De categorie, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Categorie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    categorieenUpdate: {
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
                "application/json": components["schemas"]["Categorie"];
            };
        };
        responses: {
            /** @description De categorie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Categorie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    categorieenDestroy: {
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
            /** @description De categorie is verwijderd. */
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
    categorieenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedCategorie"];
            };
        };
        responses: {
            /** @description De categorie na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Categorie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    digitaleadressenList: {
        parameters: {
            query?: {
                /** @description Alleen digitale adressen die precies dit adres zijn. */
                adres?: string;
                /** @description Alleen digitale adressen waarin deze tekst voorkomt (hoofdletters tellen niet). */
                adres__icontains?: string;
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: ("verstrektDoorBetrokkene" | "verstrektDoorBetrokkene.hadKlantcontact" | "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")[];
                /** @description Alleen geverifieerde (`true`) of niet-geverifieerde (`false`) adressen. */
                isGeverifieerd?: boolean;
                /** @description Alleen standaardadressen (`true`) of juist niet (`false`). */
                isStandaardAdres?: boolean;
                /** @description Alleen digitale adressen waarin de omschrijving deze tekst bevat. */
                omschrijving?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen digitale adressen met precies deze referentie. */
                referentie?: string;
                /** @description Alleen digitale adressen van deze soort. */
                soortDigitaalAdres?: "email" | "overig" | "telefoonnummer";
                /** @description Alleen adressen die op deze dag zijn geverifieerd. */
                verificatieDatum?: string;
                /** @description Alleen adressen die na deze dag zijn geverifieerd. */
                verificatieDatum__gt?: string;
                /** @description Alleen adressen die op of na deze dag zijn geverifieerd. */
                verificatieDatum__gte?: string;
                /** @description Alleen adressen die voor deze dag zijn geverifieerd. */
                verificatieDatum__lt?: string;
                /** @description Alleen adressen die op of voor deze dag zijn geverifieerd. */
                verificatieDatum__lte?: string;
                /** @description Alleen adressen verstrekt door een betrokkene met deze rol. */
                verstrektDoorBetrokkene__rol?: "klant" | "vertegenwoordiger";
                /** @description Alleen digitale adressen bij de betrokkene die het verstrekte met dit adres. */
                verstrektDoorBetrokkene__url?: string;
                /** @description Alleen digitale adressen bij de betrokkene die het verstrekte met deze uuid. */
                verstrektDoorBetrokkene__uuid?: string;
                /** @description Alleen digitale adressen waarvan de partij die het adres verstrekte een identificator heeft met dit objecttype; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                verstrektDoorPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Alleen digitale adressen waarvan de partij die het adres verstrekte een identificator heeft met dit register; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                verstrektDoorPartij__partijIdentificator__codeRegister?: string;
                /** @description Alleen digitale adressen waarvan de partij die het adres verstrekte een identificator heeft met dit soort; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                verstrektDoorPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen digitale adressen waarvan de partij die het adres verstrekte een identificator heeft met dit nummer (objectId); alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                verstrektDoorPartij__partijIdentificator__objectId?: string;
                /** @description Alleen adressen verstrekt door een partij van deze soort. */
                verstrektDoorPartij__soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                /** @description Alleen digitale adressen bij de partij die het verstrekte met dit adres. */
                verstrektDoorPartij__url?: string;
                /** @description Alleen digitale adressen bij de partij die het verstrekte met deze uuid. */
                verstrektDoorPartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met digitale adressen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedExpandDigitaalAdresList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    digitaleadressenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitaalAdres"];
            };
        };
        responses: {
            /** @description Het digitale adres is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitaalAdres"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    digitaleadressenRetrieve: {
        parameters: {
            query?: {
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: ("verstrektDoorBetrokkene" | "verstrektDoorBetrokkene.hadKlantcontact" | "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")[];
            };
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het digitale adres, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpandDigitaalAdres"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    digitaleadressenUpdate: {
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
                "application/json": components["schemas"]["DigitaalAdres"];
            };
        };
        responses: {
            /** @description Het digitale adres na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitaalAdres"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    digitaleadressenDestroy: {
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
            /** @description Het digitale adres is verwijderd. */
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
    digitaleadressenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedDigitaalAdres"];
            };
        };
        responses: {
            /** @description Het digitale adres na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitaalAdres"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    internetakenList: {
        parameters: {
            query?: {
                /** @description Alleen interne taken bij het aanleidinggevende klantcontact met dit adres. */
                aanleidinggevendKlantcontact__url?: string;
                /** @description Alleen interne taken bij het aanleidinggevende klantcontact met deze uuid. */
                aanleidinggevendKlantcontact__uuid?: string;
                /** @description Alleen interne taken toegewezen aan een actor met deze naam. */
                actoren__naam?: string;
                /**
                 * @deprecated
                 * @description Alleen interne taken bij het klantcontact met dit nummer.
                 */
                klantcontact__nummer?: string;
                /** @description Alleen interne taken bij het klantcontact met dit referentienummer. */
                klantcontact__referentienummer?: string;
                /** @description Alleen interne taken bij het klantcontact met deze uuid. */
                klantcontact__uuid?: string;
                /**
                 * @deprecated
                 * @description Alleen interne taken met dit nummer.
                 */
                nummer?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen interne taken met dit referentienummer. */
                referentienummer?: string;
                /** @description Alleen interne taken met deze status. */
                status?: "te_verwerken" | "verwerkt";
                /** @description Alleen interne taken bij een actor aan wie de taak is toegewezen met dit adres. */
                toegewezenAanActor__url?: string;
                /** @description Alleen interne taken bij een actor aan wie de taak is toegewezen met deze uuid. */
                toegewezenAanActor__uuid?: string;
                /** @description Alleen interne taken die op precies dit tijdstip zijn toegewezen. */
                toegewezenOp?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met interne taken. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedInterneTaakList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    internetakenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterneTaak"];
            };
        };
        responses: {
            /** @description De interne taak is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["NummersOp"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    internetakenRetrieve: {
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
            /** @description De interne taak, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    internetakenUpdate: {
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
                "application/json": components["schemas"]["InterneTaak"];
            };
        };
        responses: {
            /** @description De interne taak na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    internetakenDestroy: {
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
            /** @description De interne taak is verwijderd. */
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
    internetakenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedInterneTaak"];
            };
        };
        responses: {
            /** @description De interne taak na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    klantcontactenList: {
        parameters: {
            query?: {
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: ("gingOverOnderwerpobjecten" | "hadBetrokkenen" | "hadBetrokkenen.digitaleAdressen" | "hadBetrokkenen.wasPartij" | "leiddeTotInterneTaken" | "omvatteBijlagen")[];
                /** @description Alleen klantcontacten met een betrokkene die een digitaal adres verstrekte waarin deze tekst voorkomt (hoofdletters tellen niet). */
                hadBetrokkene__digitaaladres__adres__icontains?: string;
                /** @description Alleen klantcontacten bij de betrokkene met dit adres. */
                hadBetrokkene__url?: string;
                /** @description Alleen klantcontacten bij de betrokkene met deze uuid. */
                hadBetrokkene__uuid?: string;
                /** @description Alleen klantcontacten met een betrokkene die wel (`true`) of niet (`false`) een bekende partij was. */
                hadBetrokkene__wasPartij?: boolean;
                /** @description Alleen klantcontacten waarvan de partij van een betrokkene een identificator heeft met dit objecttype; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Alleen klantcontacten waarvan de partij van een betrokkene een identificator heeft met dit register; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                hadBetrokkene__wasPartij__partijIdentificator__codeRegister?: string;
                /** @description Alleen klantcontacten waarvan de partij van een betrokkene een identificator heeft met dit soort; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen klantcontacten waarvan de partij van een betrokkene een identificator heeft met dit nummer (objectId); alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                hadBetrokkene__wasPartij__partijIdentificator__objectId?: string;
                /** @description Alleen klantcontacten bij een betrokkene die deze partij was met dit adres. */
                hadBetrokkene__wasPartij__url?: string;
                /** @description Alleen klantcontacten bij een betrokkene die deze partij was met deze uuid. */
                hadBetrokkene__wasPartij__uuid?: string;
                /** @description Alleen klantcontacten waarbij het contact wel (`true`) of niet (`false`) lukte. */
                indicatieContactGelukt?: boolean;
                /** @description Alleen klantcontacten waarin de inhoud deze tekst bevat. */
                inhoud?: string;
                /** @description Alleen klantcontacten via dit kanaal. */
                kanaal?: string;
                /** @description Alleen klantcontacten die wel (`true`) of niet (`false`) tot een interne taak leidden. */
                leiddeTotInterneTaken?: boolean;
                /**
                 * @deprecated
                 * @description Alleen klantcontacten met dit nummer.
                 */
                nummer?: string;
                /** @description Alleen klantcontacten waarin het onderwerp deze tekst bevat. */
                onderwerp?: string;
                /** @description Alleen klantcontacten waarvan het onderwerpobject in zijn register dit objecttype heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject voor één onderwerpobject. */
                onderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Alleen klantcontacten waarvan het onderwerpobject in zijn register dit register heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject voor één onderwerpobject. */
                onderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Alleen klantcontacten waarvan het onderwerpobject in zijn register dit soort heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject voor één onderwerpobject. */
                onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Alleen klantcontacten waarvan het onderwerpobject in zijn register dit nummer (objectId) heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject voor één onderwerpobject. */
                onderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                /** @description Alleen klantcontacten met het onderwerpobject met dit adres. */
                onderwerpobject__url?: string;
                /** @description Alleen klantcontacten met het onderwerpobject met deze uuid. */
                onderwerpobject__uuid?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen klantcontacten die op precies dit tijdstip plaatsvonden. */
                plaatsgevondenOp?: string;
                /** @description Alleen klantcontacten waarin de reactie deze tekst bevat. */
                reactie?: string;
                /** @description Alleen klantcontacten met dit referentienummer. */
                referentienummer?: string;
                /** @description Alleen vertrouwelijke (`true`) of niet-vertrouwelijke (`false`) klantcontacten. */
                vertrouwelijk?: boolean;
                /** @description Alleen klantcontacten waarvan het onderwerpobject dat dit klantcontact was in zijn register dit objecttype heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject dat dit klantcontact was voor één onderwerpobject. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Alleen klantcontacten waarvan het onderwerpobject dat dit klantcontact was in zijn register dit register heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject dat dit klantcontact was voor één onderwerpobject. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Alleen klantcontacten waarvan het onderwerpobject dat dit klantcontact was in zijn register dit soort heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject dat dit klantcontact was voor één onderwerpobject. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Alleen klantcontacten waarvan het onderwerpobject dat dit klantcontact was in zijn register dit nummer (objectId) heeft, bijvoorbeeld de uuid van een zaak; samen met de andere parameters van het onderwerpobject dat dit klantcontact was voor één onderwerpobject. */
                wasOnderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                /** @description Alleen klantcontacten met het onderwerpobject dat dit klantcontact was met dit adres. */
                wasOnderwerpobject__url?: string;
                /** @description Alleen klantcontacten met het onderwerpobject dat dit klantcontact was met deze uuid. */
                wasOnderwerpobject__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met klantcontacten. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedExpandKlantcontactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    klantcontactenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Klantcontact"];
            };
        };
        responses: {
            /** @description Het klantcontact is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Klantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["NummersOp"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    klantcontactenRetrieve: {
        parameters: {
            query?: {
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: ("gingOverOnderwerpobjecten" | "hadBetrokkenen" | "hadBetrokkenen.digitaleAdressen" | "hadBetrokkenen.wasPartij" | "leiddeTotInterneTaken" | "omvatteBijlagen")[];
            };
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
                    "application/json": components["schemas"]["ExpandKlantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    klantcontactenUpdate: {
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
                "application/json": components["schemas"]["Klantcontact"];
            };
        };
        responses: {
            /** @description Het klantcontact na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Klantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    klantcontactenDestroy: {
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
            /** @description Het klantcontact is verwijderd. */
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
    klantcontactenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedKlantcontact"];
            };
        };
        responses: {
            /** @description Het klantcontact na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Klantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    maakKlantcontactCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaakKlantcontact"];
            };
        };
        responses: {
            /** @description Wat is vastgelegd: het klantcontact en, als meegestuurd, de betrokkene en het onderwerpobject. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaakKlantcontact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["NummersOp"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    onderwerpobjectenList: {
        parameters: {
            query?: {
                /** @description Alleen onderwerpobjecten bij het klantcontact met dit adres. */
                klantcontact__url?: string;
                /** @description Alleen onderwerpobjecten bij het klantcontact met deze uuid. */
                klantcontact__uuid?: string;
                /** @description Alleen onderwerpobjecten waarvan de identificator in het andere register dit objecttype heeft. */
                onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Alleen onderwerpobjecten waarvan de identificator in het andere register dit register heeft. */
                onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Alleen onderwerpobjecten waarvan de identificator in het andere register dit soort heeft. */
                onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Alleen onderwerpobjecten waarvan de identificator in het andere register dit nummer (objectId) heeft. */
                onderwerpobjectidentificatorObjectId?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen onderwerpobjecten bij het klantcontact dat dit onderwerpobject was met dit adres. */
                wasKlantcontact__url?: string;
                /** @description Alleen onderwerpobjecten bij het klantcontact dat dit onderwerpobject was met deze uuid. */
                wasKlantcontact__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met onderwerpobjecten. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOnderwerpobjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    onderwerpobjectenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Onderwerpobject"];
            };
        };
        responses: {
            /** @description Het onderwerpobject is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    onderwerpobjectenRetrieve: {
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
            /** @description Het onderwerpobject, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    onderwerpobjectenUpdate: {
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
                "application/json": components["schemas"]["Onderwerpobject"];
            };
        };
        responses: {
            /** @description Het onderwerpobject na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    onderwerpobjectenDestroy: {
        parameters: {
            query?: {
                /** @description Met `true` verdwijnen ook de klantcontacten van dit onderwerpobject die geen ander onderwerpobject meer gebruikt; het antwoord is dan 200 met `behouden`. */
                cascade?: boolean;
            };
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het onderwerpobject is verwijderd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnderwerpobjectDeleteResponse"];
                };
            };
            /** @description Het onderwerpobject is verwijderd. */
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
    onderwerpobjectenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedOnderwerpobject"];
            };
        };
        responses: {
            /** @description Het onderwerpobject na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    partijIdentificatorenList: {
        parameters: {
            query?: {
                /**
                 * @deprecated
                 * @description Alleen identificatoren met precies deze vrije verwijzing.
                 */
                anderePartijIdentificator?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen identificatoren met dit objecttype. */
                partijIdentificatorCodeObjecttype?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                /** @description Alleen identificatoren met dit register. */
                partijIdentificatorCodeRegister?: "brp" | "hr";
                /** @description Alleen identificatoren met dit soort. */
                partijIdentificatorCodeSoortObjectId?: "bsn" | "kvk_nummer" | "rsin" | "vestigingsnummer";
                /** @description Alleen identificatoren met dit nummer (objectId). */
                partijIdentificatorObjectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met partij-identificatoren. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPartijIdentificatorList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    partijIdentificatorenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartijIdentificator"];
            };
        };
        responses: {
            /** @description De partij-identificator is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    partijIdentificatorenRetrieve: {
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
            /** @description De partij-identificator, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    partijIdentificatorenUpdate: {
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
                "application/json": components["schemas"]["PartijIdentificator"];
            };
        };
        responses: {
            /** @description De partij-identificator na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    partijIdentificatorenDestroy: {
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
            /** @description De partij-identificator is verwijderd. */
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
    partijIdentificatorenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedPartijIdentificator"];
            };
        };
        responses: {
            /** @description De partij-identificator na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    partijenList: {
        parameters: {
            query?: {
                /** @description Alleen partijen met precies deze waarde als de eerste adresregel van het bezoekadres. */
                bezoekadresAdresregel1?: string;
                /** @description Alleen partijen met precies deze waarde als de tweede adresregel van het bezoekadres. */
                bezoekadresAdresregel2?: string;
                /** @description Alleen partijen met precies deze waarde als de derde adresregel van het bezoekadres. */
                bezoekadresAdresregel3?: string;
                /** @description Alleen partijen met precies deze waarde als de landcode van het bezoekadres. */
                bezoekadresLand?: string;
                /** @description Alleen partijen met precies deze waarde als de BAG-nummeraanduiding van het bezoekadres. */
                bezoekadresNummeraanduidingId?: string;
                /** @description Alleen partijen met een categorie van deze naam. */
                categorierelatie__categorie__naam?: string;
                /** @description Alleen partijen met precies deze waarde als de eerste adresregel van het correspondentieadres. */
                correspondentieadresAdresregel1?: string;
                /** @description Alleen partijen met precies deze waarde als de tweede adresregel van het correspondentieadres. */
                correspondentieadresAdresregel2?: string;
                /** @description Alleen partijen met precies deze waarde als de derde adresregel van het correspondentieadres. */
                correspondentieadresAdresregel3?: string;
                /** @description Alleen partijen met precies deze waarde als de landcode van het correspondentieadres. */
                correspondentieadresLand?: string;
                /** @description Alleen partijen met precies deze waarde als de BAG-nummeraanduiding van het correspondentieadres. */
                correspondentieadresNummeraanduidingId?: string;
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: ("betrokkenen" | "betrokkenen.hadKlantcontact" | "categorieRelaties" | "digitaleAdressen")[];
                /** @description Alleen actieve (`true`) of niet-actieve (`false`) partijen. */
                indicatieActief?: boolean;
                /** @description Alleen partijen die wel (`true`) of niet (`false`) om geheimhouding vroegen. */
                indicatieGeheimhouding?: boolean;
                /**
                 * @deprecated
                 * @description Alleen partijen met dit nummer.
                 */
                nummer?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen partijen waarvan de partij een identificator heeft met dit objecttype; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                partijIdentificator__codeObjecttype?: string;
                /** @description Alleen partijen waarvan de partij een identificator heeft met dit register; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                partijIdentificator__codeRegister?: string;
                /** @description Alleen partijen waarvan de partij een identificator heeft met dit soort; alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                partijIdentificator__codeSoortObjectId?: string;
                /** @description Alleen partijen waarvan de partij een identificator heeft met dit nummer (objectId); alle `partijIdentificator__`-parameters samen gelden voor één identificator. */
                partijIdentificator__objectId?: string;
                /** @description Alleen partijen van deze soort. */
                soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                /** @description Alleen partijen met een identificator die hangt onder een identificator met dit objecttype (bijvoorbeeld een vestiging onder een KvK-nummer). */
                subIdentificatorVan__codeObjecttype?: string;
                /** @description Alleen partijen met een identificator die hangt onder een identificator met dit register (bijvoorbeeld een vestiging onder een KvK-nummer). */
                subIdentificatorVan__codeRegister?: string;
                /** @description Alleen partijen met een identificator die hangt onder een identificator met dit soort (bijvoorbeeld een vestiging onder een KvK-nummer). */
                subIdentificatorVan__codeSoortObjectId?: string;
                /** @description Alleen partijen met een identificator die hangt onder een identificator met dit nummer (objectId) (bijvoorbeeld een vestiging onder een KvK-nummer). */
                subIdentificatorVan__objectId?: string;
                /** @description Alleen partijen bij de vertegenwoordigde partij met dit adres. */
                vertegenwoordigdePartij__url?: string;
                /** @description Alleen partijen bij de vertegenwoordigde partij met deze uuid. */
                vertegenwoordigdePartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met partijen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedExpandPartijList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    partijenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Partij"];
            };
        };
        responses: {
            /** @description De partij is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partij"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["NummersOp"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    partijenRetrieve: {
        parameters: {
            query?: {
                /** @description Welke gerelateerde objecten in `_expand` mee moeten komen, gescheiden door komma's; een pad met een punt gaat een niveau dieper. */
                expand?: ("betrokkenen" | "betrokkenen.hadKlantcontact" | "categorieRelaties" | "digitaleAdressen")[];
            };
            header?: never;
            path: {
                /** @description De uuid waaronder het object bekend is. */
                uuid: components["parameters"]["uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De partij, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpandPartij"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    partijenUpdate: {
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
                "application/json": components["schemas"]["Partij"];
            };
        };
        responses: {
            /** @description De partij na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partij"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    partijenDestroy: {
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
            /** @description De partij is verwijderd. */
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
    partijenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedPartij"];
            };
        };
        responses: {
            /** @description De partij na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partij"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    rekeningnummersList: {
        parameters: {
            query?: {
                /** @description Alleen rekeningnummers met deze BIC. */
                bic?: string;
                /** @description Alleen rekeningnummers met dit IBAN. */
                iban?: string;
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen het object met deze uuid. */
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met rekeningnummers. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRekeningnummerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    rekeningnummersCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Rekeningnummer"];
            };
        };
        responses: {
            /** @description Het rekeningnummer is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    rekeningnummersRetrieve: {
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
            /** @description Het rekeningnummer, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rekeningnummersUpdate: {
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
                "application/json": components["schemas"]["Rekeningnummer"];
            };
        };
        responses: {
            /** @description Het rekeningnummer na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    rekeningnummersDestroy: {
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
            /** @description Het rekeningnummer is verwijderd. */
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
    rekeningnummersPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedRekeningnummer"];
            };
        };
        responses: {
            /** @description Het rekeningnummer na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    vertegenwoordigingenList: {
        parameters: {
            query?: {
                /** @description Het nummer van de gevraagde pagina, te tellen vanaf 1. */
                page?: number;
                /** @description Het aantal resultaten per pagina: 1 tot 500; zonder deze parameter 100. */
                pageSize?: number;
                /** @description Alleen vertegenwoordigingen bij de vertegenwoordigde partij met dit adres. */
                vertegenwoordigdePartij__url?: string;
                /** @description Alleen vertegenwoordigingen bij de vertegenwoordigde partij met deze uuid. */
                vertegenwoordigdePartij__uuid?: string;
                /** @description Alleen vertegenwoordigingen bij de vertegenwoordigende partij met dit adres. */
                vertegenwoordigendePartij__url?: string;
                /** @description Alleen vertegenwoordigingen bij de vertegenwoordigende partij met deze uuid. */
                vertegenwoordigendePartij__uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina met vertegenwoordigingen. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedVertegenwoordigdenList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PageNotFound"];
        };
    };
    vertegenwoordigingenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Vertegenwoordigden"];
            };
        };
        responses: {
            /** @description De vertegenwoordiging is vastgelegd, zoals opgeslagen. */
            201: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vertegenwoordigden"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    vertegenwoordigingenRetrieve: {
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
            /** @description De vertegenwoordiging, zoals nu vastgelegd. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vertegenwoordigden"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    vertegenwoordigingenUpdate: {
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
                "application/json": components["schemas"]["Vertegenwoordigden"];
            };
        };
        responses: {
            /** @description De vertegenwoordiging na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vertegenwoordigden"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    vertegenwoordigingenDestroy: {
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
            /** @description De vertegenwoordiging is verwijderd. */
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
    vertegenwoordigingenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedVertegenwoordigden"];
            };
        };
        responses: {
            /** @description De vertegenwoordiging na de wijziging. */
            200: {
                headers: {
                    "API-version": components["headers"]["API-version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vertegenwoordigden"];
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
