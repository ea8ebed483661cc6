/** The layout around every view (brand, language switch) and the not-found page. */
package app.atelier.base.ui;
