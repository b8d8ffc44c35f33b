package dev.retort.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The visitor reaches every kind of operation, each through its own method. */
class OperationVisitorTest {

    @Test
    void everyPermittedOperationIsDispatchedToItsOwnVisitMethod() {
        List<Operation> operations = Fixtures.oneOfEach();

        Set<Class<?>> covered = operations.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
        for (Operation operation : operations) {
            assertThat(operation.accept(new KindNames()))
                    .as("visit method for %s", operation.getClass().getSimpleName())
                    .isEqualTo(operation.getClass().getSimpleName());
        }
    }

    @Test
    void visitorHasExactlyOneAbstractMethodPerOperation() {
        assertThat(Arrays.stream(OperationVisitor.class.getDeclaredMethods())
                .peek(method -> assertThat(method.isDefault()).as(method.getName()).isFalse())
                .map(method -> method.getParameterTypes()[0]))
                .containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
    }

    /** Names the kind of operation it visits, from the method it lands in. */
    private static final class KindNames implements OperationVisitor<String> {
        @Override
        public String visitCreateTable(CreateTable operation) {
            return "CreateTable";
        }

        @Override
        public String visitDropTable(DropTable operation) {
            return "DropTable";
        }

        @Override
        public String visitRenameTable(RenameTable operation) {
            return "RenameTable";
        }

        @Override
        public String visitCreateTableComment(CreateTableComment operation) {
            return "CreateTableComment";
        }

        @Override
        public String visitDropTableComment(DropTableComment operation) {
            return "DropTableComment";
        }

        @Override
        public String visitAddColumn(AddColumn operation) {
            return "AddColumn";
        }

        @Override
        public String visitDropColumn(DropColumn operation) {
            return "DropColumn";
        }

        @Override
        public String visitAlterColumn(AlterColumn operation) {
            return "AlterColumn";
        }

        @Override
        public String visitCreateIndex(CreateIndex operation) {
            return "CreateIndex";
        }

        @Override
        public String visitDropIndex(DropIndex operation) {
            return "DropIndex";
        }

        @Override
        public String visitCreatePrimaryKey(CreatePrimaryKey operation) {
            return "CreatePrimaryKey";
        }

        @Override
        public String visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
            return "CreateUniqueConstraint";
        }

        @Override
        public String visitCreateForeignKey(CreateForeignKey operation) {
            return "CreateForeignKey";
        }

        @Override
        public String visitCreateCheckConstraint(CreateCheckConstraint operation) {
            return "CreateCheckConstraint";
        }

        @Override
        public String visitDropConstraint(DropConstraint operation) {
            return "DropConstraint";
        }

        @Override
        public String visitCreateSequence(CreateSequence operation) {
            return "CreateSequence";
        }

        @Override
        public String visitAlterSequence(AlterSequence operation) {
            return "AlterSequence";
        }

        @Override
        public String visitDropSequence(DropSequence operation) {
            return "DropSequence";
        }

        @Override
        public String visitExecute(Execute operation) {
            return "Execute";
        }

        @Override
        public String visitBulkInsert(BulkInsert operation) {
            return "BulkInsert";
        }

        @Override
        public String visitBatchAlterTable(BatchAlterTable operation) {
            return "BatchAlterTable";
        }
    }
}
