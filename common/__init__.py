"""The platform every registry stands on. Nothing in here knows about zaken, klanten or producten."""
