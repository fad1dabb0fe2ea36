"""Sahayak: a Hindi/English MSME helpline bot."""
