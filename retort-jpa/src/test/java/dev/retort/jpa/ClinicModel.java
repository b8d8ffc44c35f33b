package dev.retort.jpa;

import dev.retort.jpa.clinic.Appointment;
import dev.retort.jpa.clinic.Bill;
import dev.retort.jpa.clinic.MedicalRecord;
import dev.retort.jpa.clinic.Owner;
import dev.retort.jpa.clinic.Pet;
import dev.retort.jpa.clinic.PetType;
import dev.retort.jpa.clinic.Specialty;
import dev.retort.jpa.clinic.Vet;
import dev.retort.jpa.clinic.Visit;
import java.util.List;

/**
 * A second test model, {@code dev.retort.jpa.clinic}, shaped like the sample applications JPA users start
 * from: mapped superclasses, a version column, a map collection, a secondary table, a natural id, an
 * embedded key shared with a relation, a table generator, a one-to-one key, large objects, JSON, converted
 * and temporal columns of many types.
 */
final class ClinicModel {
    static final String PACKAGE = "dev.retort.jpa.clinic";

    static final List<Class<?>> CLASSES = List.of(Owner.class, PetType.class, Pet.class, Visit.class, Vet.class,
            Specialty.class, MedicalRecord.class, Appointment.class, Bill.class);

    private ClinicModel() {
    }

    /** The clinic's package, scanned on the test class path. */
    static JpaModelSource source() {
        return JpaModelSource.packages(List.of(), PACKAGE);
    }
}
