"""Reproducible, realistic values: numbers that pass the Dutch checks, names, dates, uuids.

Everything is drawn from a ``random.Random`` seeded by the caller, so one seed number gives the
same data set on every machine and every run.
"""

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)

VOORNAMEN = ("Anna", "Bram", "Carla", "Daan", "Eva", "Fatima", "Gijs", "Hanna", "Ivo", "Jasmijn", "Kees", "Lotte",
             "Mohamed", "Noor", "Oscar", "Priya", "Quinten", "Rosa", "Sem", "Tess", "Umar", "Vera", "Wim", "Yara")
ACHTERNAMEN = ("Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
               "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
               "Dijkstra", "Yilmaz", "El Amrani", "Nguyen", "Kaya", "van Dijk")
STRATEN = ("Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianastraat", "Beatrixlaan",
           "Nieuwstraat", "Marktplein", "Parallelweg")
STEDEN = ("Amsterdam", "Utrecht", "Zwolle", "Tilburg", "Groningen", "Leiden", "Delft", "Arnhem", "Breda", "Assen")


def check_digit(base8: str) -> int | None:
    """The ninth digit that makes ``base8`` pass the 11-proef, or None when there is none."""
    digit = sum(int(d) * w for d, w in zip(base8, WEIGHTS)) % 11
    return None if digit == 10 else digit


def elfproef_numbers(rng: random.Random, count: int, low: int = 10_000_000) -> list[str]:
    """``count`` different 9-digit numbers that pass the 11-proef (BSNs and RSINs)."""
    result: list[str] = []
    for base in rng.sample(range(low, 100_000_000), int(count * 1.15) + 20):
        text = f"{base:08d}"
        digit = check_digit(text)
        if digit is not None:
            result.append(text + str(digit))
            if len(result) == count:
                return result
    raise RuntimeError("not enough 11-proef numbers drawn")  # pragma: no cover - 1.15 leaves room


def kvk_numbers(rng: random.Random, count: int) -> list[str]:
    return [f"{n:08d}" for n in rng.sample(range(10_000_000, 100_000_000), count)]


def new_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def moment_on(rng: random.Random, day: date) -> datetime:
    """A moment during office hours on ``day``, in UTC."""
    return datetime.combine(day, time(7, 0), tzinfo=UTC) + timedelta(seconds=rng.randrange(10 * 3600))


def person(rng: random.Random) -> tuple[str, str, str]:
    """(voornaam, voorletters, achternaam)."""
    voornaam = rng.choice(VOORNAMEN)
    return voornaam, voornaam[0] + ".", rng.choice(ACHTERNAMEN)
